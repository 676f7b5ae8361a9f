/* The floor: the least a crawler must do with libcurl and libxml2.
 *
 *   floor BASE_URL [TRANSFERS] [THREADS]
 *
 * libcurl's multi interface keeps TRANSFERS (16) transfers in flight on the main thread;
 * THREADS (2) workers parse each body with htmlReadMemory, extract <a href> links, resolve
 * them with xmlBuildURI and hand new same-site URLs back. No facts, no checks, no report:
 * what Vigie does beyond this is its own cost. Prints "pages N" at the end.
 */
#include <curl/curl.h>
#include <libxml/HTMLparser.h>
#include <libxml/uri.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char *url; char *body; size_t len, cap; } Job;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t work_cv = PTHREAD_COND_INITIALIZER;
static Job **work; static size_t work_n, work_cap;     /* bodies to parse */
static char **todo; static size_t todo_head, todo_n, todo_cap; /* URLs to fetch */
static size_t busy;                                      /* jobs being parsed */
static int done_flag;
static CURLM *multi;
static const char *base; static size_t base_len;

/* A tiny open-addressing set of seen URLs. */
static char **seen; static size_t seen_cap = 1 << 16, seen_n;
static unsigned long hash(const char *s) { unsigned long h = 5381; while (*s) h = h * 33 ^ (unsigned char)*s++; return h; }
static int seen_add(const char *url) {
    if (seen_n * 2 >= seen_cap) {
        size_t old_cap = seen_cap; char **old = seen;
        seen_cap *= 2; seen = calloc(seen_cap, sizeof *seen); seen_n = 0;
        for (size_t i = 0; i < old_cap; i++) if (old[i]) { size_t j = hash(old[i]) & (seen_cap - 1); while (seen[j]) j = (j + 1) & (seen_cap - 1); seen[j] = old[i]; seen_n++; }
        free(old);
    }
    size_t j = hash(url) & (seen_cap - 1);
    while (seen[j]) { if (!strcmp(seen[j], url)) return 0; j = (j + 1) & (seen_cap - 1); }
    seen[j] = strdup(url); seen_n++; return 1;
}

static void push_todo(const char *url) {
    if (todo_n == todo_cap) { todo_cap = todo_cap ? todo_cap * 2 : 1024; todo = realloc(todo, todo_cap * sizeof *todo); }
    todo[todo_n++] = strdup(url);
}

static size_t on_data(char *p, size_t s, size_t n, void *ud) {
    Job *j = ud; size_t add = s * n;
    if (j->len + add + 1 > j->cap) { j->cap = (j->len + add + 1) * 2; j->body = realloc(j->body, j->cap); }
    memcpy(j->body + j->len, p, add); j->len += add; return add;
}

static void start(const char *url) {
    Job *j = calloc(1, sizeof *j); j->url = strdup(url);
    CURL *e = curl_easy_init();
    curl_easy_setopt(e, CURLOPT_URL, url);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, j);
    curl_easy_setopt(e, CURLOPT_PRIVATE, j);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_multi_add_handle(multi, e);
}

static void walk(xmlNodePtr n, xmlChar *page, char ***out, size_t *on, size_t *oc) {
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE) {
            if (!xmlStrcasecmp(n->name, BAD_CAST "a")) {
                xmlChar *href = xmlGetProp(n, BAD_CAST "href");
                if (href) {
                    xmlChar *abs = xmlBuildURI(href, page);
                    if (abs) {
                        char *hash_mark = strchr((char *)abs, '#'); if (hash_mark) *hash_mark = 0;
                        if (!strncmp((char *)abs, base, base_len)) {
                            if (*on == *oc) { *oc = *oc ? *oc * 2 : 64; *out = realloc(*out, *oc * sizeof **out); }
                            (*out)[(*on)++] = strdup((char *)abs);
                        }
                        xmlFree(abs);
                    }
                    xmlFree(href);
                }
            }
            walk(n->children, page, out, on, oc);
        }
    }
}

static void *worker(void *arg) {
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&lock);
        while (!work_n && !done_flag) pthread_cond_wait(&work_cv, &lock);
        if (!work_n && done_flag) { pthread_mutex_unlock(&lock); return NULL; }
        Job *j = work[--work_n]; busy++;
        pthread_mutex_unlock(&lock);
        char **links = NULL; size_t ln = 0, lc = 0;
        htmlDocPtr doc = htmlReadMemory(j->body ? j->body : "", (int)j->len, j->url, NULL,
            HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT);
        if (doc) { walk(xmlDocGetRootElement(doc), BAD_CAST j->url, &links, &ln, &lc); xmlFreeDoc(doc); }
        pthread_mutex_lock(&lock);
        for (size_t i = 0; i < ln; i++) { if (seen_add(links[i])) push_todo(links[i]); free(links[i]); }
        busy--;
        pthread_mutex_unlock(&lock);
        curl_multi_wakeup(multi);
        free(links); free(j->body); free(j->url); free(j);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: floor BASE_URL [TRANSFERS] [THREADS]\n"); return 2; }
    base = argv[1]; base_len = strlen(base);
    int transfers = argc > 2 ? atoi(argv[2]) : 16, threads = argc > 3 ? atoi(argv[3]) : 2;
    curl_global_init(CURL_GLOBAL_ALL); xmlInitParser();
    multi = curl_multi_init();
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long)transfers);
    seen = calloc(seen_cap, sizeof *seen);
    char start_url[4096]; snprintf(start_url, sizeof start_url, "%s/", base);
    seen_add(start_url); push_todo(start_url);
    pthread_t *pool = calloc(threads, sizeof *pool);
    for (int i = 0; i < threads; i++) pthread_create(&pool[i], NULL, worker, NULL);
    long pages = 0; int running = 0;
    for (;;) {
        pthread_mutex_lock(&lock);
        /* Bodies waiting for a parser count against the budget too: memory stays bounded. */
        while (running + (int)work_n < transfers && todo_head < todo_n) { start(todo[todo_head]); free(todo[todo_head++]); running++; }
        int idle = running == 0 && todo_head == todo_n && work_n == 0 && busy == 0;
        pthread_mutex_unlock(&lock);
        if (idle) break;
        int still; curl_multi_perform(multi, &still);
        CURLMsg *m; int left;
        while ((m = curl_multi_info_read(multi, &left))) {
            if (m->msg != CURLMSG_DONE) continue;
            Job *j; curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&j);
            curl_multi_remove_handle(multi, m->easy_handle); curl_easy_cleanup(m->easy_handle);
            running--; pages++;
            pthread_mutex_lock(&lock);
            if (work_n == work_cap) { work_cap = work_cap ? work_cap * 2 : 64; work = realloc(work, work_cap * sizeof *work); }
            work[work_n++] = j;
            pthread_cond_signal(&work_cv);
            pthread_mutex_unlock(&lock);
        }
        curl_multi_poll(multi, NULL, 0, 100, NULL);
    }
    pthread_mutex_lock(&lock); done_flag = 1; pthread_cond_broadcast(&work_cv); pthread_mutex_unlock(&lock);
    for (int i = 0; i < threads; i++) pthread_join(pool[i], NULL);
    printf("pages %ld\n", pages);
    curl_multi_cleanup(multi); curl_global_cleanup();
    return 0;
}
