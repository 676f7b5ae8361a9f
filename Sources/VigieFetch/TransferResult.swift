import CCurl
import Foundation

extension Transfer {
    /// Reads libcurl's information about the finished transfer into a FetchResponse.
    /// `code` is the transfer's result; `cancelled` overrides it.
    func response(code: CURLcode, cancelled: Bool, options: FetchOptions) -> FetchResponse {
        var response = FetchResponse(request: request, url: string(CURLINFO_EFFECTIVE_URL) ?? request.url)
        response.status = long(CURLINFO_RESPONSE_CODE)
        response.httpVersion = switch long(CURLINFO_HTTP_VERSION) {
        case CURL_HTTP_VERSION_1_0: "1.0"
        case CURL_HTTP_VERSION_1_1: "1.1"
        case CURL_HTTP_VERSION_2_0: "2"
        case CURL_HTTP_VERSION_3: "3"
        default: ""
        }
        response.headers = response.status == 0 ? [] : headers
        response.body = body
        response.truncated = truncated
        if let type = string(CURLINFO_CONTENT_TYPE) {
            let parts = type.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            response.contentType = parts.first?.lowercased()
            for part in parts.dropFirst() where part.lowercased().hasPrefix("charset=") {
                let value = part.dropFirst("charset=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
                response.charset = value.lowercased()
            }
        }
        response.redirectLocation = string(CURLINFO_REDIRECT_URL)
        response.remoteIP = string(CURLINFO_PRIMARY_IP).flatMap { $0.isEmpty ? nil : $0 }
        response.timing = FetchTiming(
            dns: seconds(CURLINFO_NAMELOOKUP_TIME_T), connect: seconds(CURLINFO_CONNECT_TIME_T),
            tls: seconds(CURLINFO_APPCONNECT_TIME_T), firstByte: seconds(CURLINFO_STARTTRANSFER_TIME_T),
            total: seconds(CURLINFO_TOTAL_TIME_T))
        if cancelled {
            response.error = FetchError(kind: .other, message: "cancelled")
        } else if code != CURLE_OK && !(truncated && code == CURLE_WRITE_ERROR) {
            response.error = error(for: code, options: options, connected: response.timing.connect > 0)
        }
        return response
    }

    private func error(for code: CURLcode, options: FetchOptions, connected: Bool) -> FetchError {
        let detail = curlMessage(code)
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            let limit = connected ? options.timeout : min(options.connectTimeout, options.timeout)
            let what = connected ? "timed out after" : "connection timed out after"
            return FetchError(kind: .timeout, message: "\(what) \(Self.format(limit)) s (\(detail))")
        case CURLE_COULDNT_CONNECT:
            return FetchError(kind: .refused, message: "connection refused (\(detail))")
        case CURLE_COULDNT_RESOLVE_HOST:
            return FetchError(kind: .dns, message: "host name not found (\(detail))")
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
             CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE, CURLE_SSL_ENGINE_NOTFOUND:
            return FetchError(kind: .tls, message: "TLS failure (\(detail))")
        case CURLE_UNSUPPORTED_PROTOCOL:
            return FetchError(kind: .protocolNotAllowed, message: "protocol not allowed, only http and https (\(detail))")
        case CURLE_FILESIZE_EXCEEDED:
            return FetchError(kind: .tooLarge, message: "response too large (\(detail))")
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_HTTP2,
             CURLE_HTTP2_STREAM, CURLE_WEIRD_SERVER_REPLY, CURLE_BAD_CONTENT_ENCODING:
            return FetchError(kind: .connection, message: "connection failed mid-transfer (\(detail))")
        default:
            return FetchError(kind: .other, message: detail)
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    private func long(_ info: CURLINFO) -> Int {
        var value = 0
        return vigie_easy_getinfo_long(easy, info, &value) == CURLE_OK ? value : 0
    }

    private func string(_ info: CURLINFO) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard vigie_easy_getinfo_str(easy, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }

    private func seconds(_ info: CURLINFO) -> Double {
        var value: curl_off_t = 0
        return vigie_easy_getinfo_off(easy, info, &value) == CURLE_OK ? Double(value) / 1_000_000 : 0
    }
}
