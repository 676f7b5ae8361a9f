import Foundation
import Testing
@testable import VigieLegalChecks

/// SIREN, SIRET, VAT and RNA validation on real numbers and on altered ones.
@Suite struct LegalIdentifierTests {
    @Test func sirenLuhn() {
        #expect(FrenchIdentifiers.isValidSIREN("732829320"))
        #expect(!FrenchIdentifiers.isValidSIREN("732829321"))
        #expect(FrenchIdentifiers.expectedLuhnDigit("732829321") == 0)
        #expect(FrenchIdentifiers.digits("732\u{00A0}829.320") == "732829320")
    }

    @Test func siretAndLaPoste() {
        #expect(FrenchIdentifiers.isValidSIRET("73282932000074"))
        #expect(!FrenchIdentifiers.isValidSIRET("73282932000075"))
        // La Poste: sum of digits a multiple of 5 (3+5+6+6 = 20).
        #expect(FrenchIdentifiers.isValidSIRET("35600000000006"))
    }

    @Test func vatKey() {
        #expect(FrenchIdentifiers.vatNumber(siren: "732829320") == "FR44732829320")
        #expect(FrenchIdentifiers.splitVAT("FR 44 732 829 320")?.siren == "732829320")
        #expect(FrenchIdentifiers.vatKey(siren: "12345") == nil)
    }

    @Test func readersTakeASCIIDigitsOnly() throws {
        // Found by FuzzLegal: "٦" (U+06F6) matched `\d` and the SIREN read had 8 ASCII digits.
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz-regressions/legal")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
            let text = String(decoding: bytes, as: UTF8.self)
            if let siren = IdentifierReader.siren(in: text) {
                #expect(siren.value.utf8.count == 9 || siren.value.utf8.count == 14, "\(name): \(siren.value)")
            }
        }
        #expect(IdentifierReader.siren(in: "SIREN ۷۳۲ ۸۲۹ ۳۲۰") == nil, "Extended Arabic-Indic digits are not a SIREN")
        #expect(IdentifierReader.siren(in: "SIREN 732 829 320")?.value == "732829320")
    }

    @Test func rna() {
        #expect(FrenchIdentifiers.isValidRNA("W691234567"))
        #expect(!FrenchIdentifiers.isValidRNA("691234567"))
        #expect(!FrenchIdentifiers.isValidRNA("W6912"))
    }
}
