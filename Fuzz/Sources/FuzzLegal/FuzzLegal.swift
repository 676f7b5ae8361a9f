import VigieLegalChecks

/// The legal identifier readers on arbitrary text: whatever they read must be consistent with the
/// validators (a SIREN/SIRET read is 9 or 14 digits, a VAT read valid has the key of its SIREN).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLegal(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let siren = IdentifierReader.siren(in: text) {
        precondition(siren.value.utf8.count == 9 || siren.value.utf8.count == 14, "SIREN/SIRET of \(siren.value.utf8.count) digits")
        precondition(siren.isValid == (siren.value.utf8.count == 9 ? FrenchIdentifiers.isValidSIREN(siren.value) : FrenchIdentifiers.isValidSIRET(siren.value)))
    }
    if let vat = IdentifierReader.vat(in: text), vat.isValid {
        precondition(FrenchIdentifiers.vatNumber(siren: String(vat.value.suffix(9))) == vat.value, "VAT key mismatch accepted")
    }
    if let rna = IdentifierReader.rna(in: text) {
        precondition(rna.value.hasPrefix("W"))
    }
    if let capital = IdentifierReader.capital(in: text) {
        precondition(capital.value.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 })
    }
    _ = FrenchIdentifiers.expectedLuhnDigit(FrenchIdentifiers.digits(text))
    _ = FrenchIdentifiers.splitVAT(text)
    return 0
}
