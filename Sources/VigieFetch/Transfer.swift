import CCurl
import Foundation

/// libcurl's process-wide setup, run once (a global `let` is initialised lazily and atomically).
let curlGlobalInit: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

/// One transfer in flight: its easy handle and everything its callbacks fill.
/// Lives on the fetcher's thread only; owns the easy handle, the header list and the error buffer,
/// which `deinit` frees.
final class Transfer {
    let request: FetchRequest
    let easy: UnsafeMutableRawPointer
    private let maxBodyBytes: Int
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private(set) var body: [UInt8] = []
    private(set) var headers: [FetchHeader] = []
    private(set) var truncated = false

    /// Nil when libcurl cannot make an easy handle.
    init?(request: FetchRequest, options: FetchOptions) {
        guard let easy = curl_easy_init() else { return nil }
        self.easy = easy
        self.request = request
        maxBodyBytes = options.maxBodyBytes
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        configure(options)
    }

    deinit {
        curl_easy_cleanup(easy)
        curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    private func configure(_ o: FetchOptions) {
        vigie_easy_setopt_str(easy, CURLOPT_URL, request.url)
        vigie_easy_setopt_str(easy, CURLOPT_PROTOCOLS_STR, "http,https")
        vigie_easy_setopt_str(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        vigie_easy_setopt_long(easy, CURLOPT_FOLLOWLOCATION, 0)
        vigie_easy_setopt_str(easy, CURLOPT_ACCEPT_ENCODING, "")
        vigie_easy_setopt_str(easy, CURLOPT_USERAGENT, o.userAgent)
        vigie_easy_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, Int(o.connectTimeout * 1000))
        vigie_easy_setopt_long(easy, CURLOPT_TIMEOUT_MS, Int(o.timeout * 1000))
        vigie_easy_setopt_long(easy, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_2TLS)
        // Over TLS, wait for the first connection to tell whether it multiplexes (HTTP/2) rather than
        // opening one connection per transfer; plain HTTP is 1.1 only, so that wait would only delay.
        if request.url.lowercased().hasPrefix("https:") { vigie_easy_setopt_long(easy, CURLOPT_PIPEWAIT, 1) }
        vigie_easy_setopt_long(easy, CURLOPT_NOSIGNAL, 1)
        vigie_easy_setopt_ptr(easy, CURLOPT_ERRORBUFFER, errorBuffer)
        if request.method == .head { vigie_easy_setopt_long(easy, CURLOPT_NOBODY, 1) }
        if o.insecure {
            vigie_easy_setopt_long(easy, CURLOPT_SSL_VERIFYPEER, 0)
            vigie_easy_setopt_long(easy, CURLOPT_SSL_VERIFYHOST, 0)
        }
        if let auth = o.basicAuth, Self.host(of: request.url) == auth.host.lowercased() {
            vigie_easy_setopt_long(easy, CURLOPT_HTTPAUTH, 1)  // CURLAUTH_BASIC
            vigie_easy_setopt_str(easy, CURLOPT_USERNAME, auth.user)
            vigie_easy_setopt_str(easy, CURLOPT_PASSWORD, auth.password)
        }
        for line in o.extraHeaders + request.extraHeaders {
            headerList = curl_slist_append(headerList, line)
        }
        if let headerList { vigie_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, headerList) }

        let me = Unmanaged.passUnretained(self).toOpaque()
        vigie_easy_setopt_ptr(easy, CURLOPT_WRITEDATA, me)
        vigie_easy_setopt_write(easy) { data, size, count, user in
            guard let data, let user else { return 0 }
            return Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue().receiveBody(data, size * count)
        }
        vigie_easy_setopt_ptr(easy, CURLOPT_HEADERDATA, me)
        vigie_easy_setopt_header(easy) { data, size, count, user in
            guard let data, let user else { return 0 }
            Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue().receiveHeader(data, size * count)
            return size * count
        }
    }

    /// The lowercased host of a URL, for binding credentials to one host.
    static func host(of url: String) -> String? {
        URLComponents(string: url)?.host?.lowercased()
    }

    /// Keeps decoded bytes up to the cap; returning less than `count` makes libcurl stop the transfer.
    private func receiveBody(_ data: UnsafeMutablePointer<CChar>, _ count: Int) -> Int {
        let room = maxBodyBytes - body.count
        let kept = min(room, count)
        data.withMemoryRebound(to: UInt8.self, capacity: count) {
            body.append(contentsOf: UnsafeBufferPointer(start: $0, count: kept))
        }
        if kept < count {
            truncated = true
            return 0
        }
        return count
    }

    /// A status line starts a new header block (a 100 Continue or 1xx is thus forgotten).
    private func receiveHeader(_ data: UnsafeMutablePointer<CChar>, _ count: Int) {
        let line = data.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            headers.removeAll()
        } else if let colon = line.firstIndex(of: ":") {
            let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            headers.append(FetchHeader(name: name, value: value))
        }
    }

    /// What libcurl wrote in the error buffer, or its generic text for `code`.
    func curlMessage(_ code: CURLcode) -> String {
        let own = String(cString: errorBuffer)
        return own.isEmpty ? String(cString: curl_easy_strerror(code)) : own
    }
}
