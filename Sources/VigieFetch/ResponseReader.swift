import CCurl

/// Turns a finished libcurl transfer into a FetchResponse (status, headers, timing, error in words).
enum ResponseReader {
    static func read(_ transfer: Transfer, code: CURLcode) -> FetchResponse {
        let handle = transfer.handle
        var response = FetchResponse(request: transfer.request, url: string(handle, CURLINFO_EFFECTIVE_URL) ?? transfer.request.url)
        var status = 0
        vigie_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        response.status = status
        var version = 0
        vigie_easy_getinfo_long(handle, CURLINFO_HTTP_VERSION, &version)
        response.httpVersion = switch version {
        case Int(CURL_HTTP_VERSION_1_0): "1.0"
        case Int(CURL_HTTP_VERSION_1_1): "1.1"
        case Int(CURL_HTTP_VERSION_2_0): "2"
        case Int(CURL_HTTP_VERSION_3): "3"
        default: ""
        }
        response.headers = transfer.headers
        response.body = transfer.body
        response.truncated = transfer.truncated
        response.contentType = string(handle, CURLINFO_CONTENT_TYPE)
        response.charset = response.contentType.flatMap(charset(of:))
        response.redirectLocation = string(handle, CURLINFO_REDIRECT_URL)
        response.remoteIP = string(handle, CURLINFO_PRIMARY_IP)
        var timing = FetchTiming()
        timing.dns = seconds(handle, CURLINFO_NAMELOOKUP_TIME_T)
        timing.connect = seconds(handle, CURLINFO_CONNECT_TIME_T)
        timing.tls = seconds(handle, CURLINFO_APPCONNECT_TIME_T)
        timing.firstByte = seconds(handle, CURLINFO_STARTTRANSFER_TIME_T)
        timing.total = seconds(handle, CURLINFO_TOTAL_TIME_T)
        response.timing = timing
        if code != CURLE_OK, !(code == CURLE_WRITE_ERROR && transfer.truncated) {
            let detail = String(cString: transfer.errorBuffer)
            response.error = error(code, detail: detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)
        }
        return response
    }

    static func error(_ code: CURLcode, detail: String) -> FetchError {
        let kind: FetchErrorKind = switch code {
        case CURLE_OPERATION_TIMEDOUT: .timeout
        case CURLE_COULDNT_CONNECT: .refused
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: .dns
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH: .tls
        case CURLE_UNSUPPORTED_PROTOCOL: .protocolNotAllowed
        case CURLE_FILESIZE_EXCEEDED: .tooLarge
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE, CURLE_GOT_NOTHING, CURLE_HTTP2, CURLE_HTTP2_STREAM,
             CURLE_BAD_CONTENT_ENCODING, CURLE_WEIRD_SERVER_REPLY: .connection
        default: .other
        }
        return FetchError(kind: kind, message: detail)
    }

    private static func string(_ handle: UnsafeMutableRawPointer, _ info: CURLINFO) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard vigie_easy_getinfo_str(handle, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }

    private static func seconds(_ handle: UnsafeMutableRawPointer, _ info: CURLINFO) -> Double {
        var micros: curl_off_t = 0
        vigie_easy_getinfo_off(handle, info, &micros)
        return Double(micros) / 1_000_000
    }

    /// The `charset=` parameter of a Content-Type, lower-case, quotes removed.
    static func charset(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: " \t").lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: " \t\"'").lowercased()
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
