import CCurl

/// One transfer in flight: its easy handle, the bytes and headers received so far. Owned by the transfer thread only.
final class Transfer {
    let request: FetchRequest
    let handle: UnsafeMutableRawPointer
    let maxBodyBytes: Int
    var body: [UInt8] = []
    var headers: [FetchHeader] = []
    /// Header bytes kept for the current response, at most `maxHeaderBytes` (the rest is read and dropped).
    var headerBytes = 0
    static let maxHeaderBytes = 256 << 10
    var truncated = false
    var headerList: UnsafeMutablePointer<curl_slist>?
    /// libcurl writes its error message here; it must outlive the handle (freed in `cleanup`).
    let errorBuffer: UnsafeMutablePointer<CChar>

    init?(request: FetchRequest, options: FetchOptions) {
        guard let handle = curl_easy_init() else { return nil }
        self.request = request
        self.handle = handle
        maxBodyBytes = options.maxBodyBytes
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    /// Sets every option of the transfer; `context` is this object, handed to libcurl's callbacks.
    func configure(_ options: FetchOptions, context: UnsafeMutableRawPointer) {
        vigie_easy_setopt_str(handle, CURLOPT_URL, request.url)
        vigie_easy_setopt_str(handle, CURLOPT_USERAGENT, options.userAgent)
        vigie_easy_setopt_str(handle, CURLOPT_ACCEPT_ENCODING, "")
        vigie_easy_setopt_str(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        vigie_easy_setopt_str(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        vigie_easy_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        vigie_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        vigie_easy_setopt_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        vigie_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(options.connectTimeout))
        vigie_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, Self.milliseconds(options.timeout))
        vigie_easy_setopt_long(handle, CURLOPT_MAXFILESIZE_LARGE, 0)
        if request.method == .head { vigie_easy_setopt_long(handle, CURLOPT_NOBODY, 1) }
        if options.insecure {
            vigie_easy_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 0)
            vigie_easy_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 0)
        }
        if let auth = options.basicAuth, URLNormalizer.origin(of: request.url) == auth.origin {
            vigie_easy_setopt_long(handle, CURLOPT_HTTPAUTH, 1 /* CURLAUTH_BASIC */)
            vigie_easy_setopt_str(handle, CURLOPT_USERNAME, auth.user)
            vigie_easy_setopt_str(handle, CURLOPT_PASSWORD, auth.password)
        }
        for header in options.extraHeaders + request.extraHeaders {
            headerList = curl_slist_append(headerList, header)
        }
        if let headerList { vigie_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList) }
        vigie_easy_setopt_ptr(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        vigie_easy_setopt_write(handle, Transfer.onBody)
        vigie_easy_setopt_ptr(handle, CURLOPT_WRITEDATA, context)
        vigie_easy_setopt_header(handle, Transfer.onHeader)
        vigie_easy_setopt_ptr(handle, CURLOPT_HEADERDATA, context)
        vigie_easy_setopt_ptr(handle, CURLOPT_PRIVATE, context)
    }

    /// Seconds as libcurl's milliseconds, clamped to 1 ms … 1 day (callers validate; an infinite or NaN value must still
    /// not trap the conversion to an integer).
    static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite else { return 86_400_000 }
        return Int(min(max(seconds * 1000, 1), 86_400_000))
    }

    /// Frees the easy handle and the header list (the handle must be out of the multi).
    func cleanup() {
        curl_easy_cleanup(handle)
        if let headerList { curl_slist_free_all(headerList) }
        headerList = nil
        errorBuffer.deallocate()
    }

    /// Body bytes: kept up to the cap; past it the transfer is aborted (returning less than given) and marked truncated.
    static let onBody: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = { data, size, count, context in
        guard let data, let context else { return 0 }
        let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        let room = transfer.maxBodyBytes - transfer.body.count
        data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
            transfer.body.append(contentsOf: UnsafeBufferPointer(start: bytes, count: min(length, max(room, 0))))
        }
        if length > room {
            transfer.truncated = true
            return 0
        }
        return length
    }

    /// Header lines: a status line starts a new response (so 1xx and earlier responses do not mix in).
    static let onHeader: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = { data, size, count, context in
        guard let data, let context else { return 0 }
        let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        let line = data.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
        if line.hasPrefix("HTTP/") {
            transfer.headers.removeAll()
            transfer.headerBytes = 0
        } else if transfer.headerBytes + length > Transfer.maxHeaderBytes {
            return length // kept no further: a flood of headers (thousands of cookies) does not fill the memory
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmingCharacters(in: " \t")
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t\r\n")
            if !name.isEmpty { transfer.headers.append(FetchHeader(name: name, value: value)) }
            transfer.headerBytes += length
        }
        return length
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
