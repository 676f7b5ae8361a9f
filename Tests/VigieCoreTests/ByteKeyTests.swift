import Testing
import VigieCore

/// Keys by bytes: equal bytes are one key, whatever their length or storage; canonically equivalent
/// spellings with other bytes are two.
struct ByteKeyTests {
    @Test func equalBytesAreOneKey() {
        let long = "Mentions légales — hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix"
        let copy = String(decoding: Array(long.utf8), as: UTF8.self)
        let keys: Set<ByteKey> = [ByteKey(long), ByteKey(copy), ByteKey("é"), ByteKey("é"), ByteKey("")]
        #expect(keys.count == 3)
        #expect(ByteKey(long) == ByteKey(copy))
        #expect(ByteKey(long) != ByteKey(long + " "))
        #expect(ByteKey("Mentions légales") != ByteKey("Mentions légaleS"), "same length, other bytes")
        #expect(ByteKey(long) != ByteKey(String(long.dropLast()) + "y"), "long, same length, other last byte")
        #expect(ByteKey("") == ByteKey(String(long.prefix(0))))
    }

    @Test func canonicallyEquivalentSpellingsAreTwoKeys() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(composed == decomposed, "Swift strings compare by canonical equivalence")
        #expect(ByteKey(composed) != ByteKey(decomposed))
        #expect(Set([ByteKey(composed), ByteKey(decomposed)]).count == 2)
    }
}
