import CPoppler

/// SHA-256 through GLib's GChecksum: already linked for poppler, so no extra dependency.
public enum Checksum {
    public static func sha256(_ bytes: [UInt8]) -> String {
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else { return "" }
        defer { g_checksum_free(checksum) }
        bytes.withUnsafeBufferPointer { g_checksum_update(checksum, $0.baseAddress, gssize($0.count)) }
        return String(cString: g_checksum_get_string(checksum))
    }
}
