import Foundation
@testable import KBIngest
@testable import KBText
import Testing

/// The byte and scalar shortcuts of hot paths give what the slower forms they replace give.
@Suite struct ScalarClassesTests {
    /// Spaces and tabs are Foundation's `CharacterSet.whitespaces`, scalar for scalar.
    @Test func spacesAndTabsAreFoundationsWhitespaces() {
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isSpaceOrTab == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: ["  Q: Is it free?\t", "\u{00A0}\u{2003}wrapped line\u{200B}", "", "   ", "plain", " é\u{301} ", "\tA:\u{3000}"])
    func trimmingSpacesAndTabsIsFoundationsTrim(_ text: String) {
        #expect(text.trimmingSpacesAndTabs() == text.trimmingCharacters(in: .whitespaces))
        let line = Substring("x" + text + "x").dropFirst().dropLast()
        #expect(line.trimmingSpacesAndTabs() == line.trimmingCharacters(in: .whitespaces))
    }

    /// The byte test that lets most answers skip the breadcrumb scan never skips one that has a trail.
    @Test(arguments: ["Membership › Key Holders › Bringing a guest — Key Holder members may bring one.",
                      "Home » FAQ » Prices: lessons are €45.", "Help / Billing / Refunds - Refunds take 5 days.",
                      "Plain answer, with a comma first. Then › later.", "No trail at all", "A.\u{301} › B › C — text",
                      "Docs > API > Keys: rotate them yearly."])
    func theTrailPrefilterIsConservative(_ text: String) {
        if !BoilerplateDetector.mayOpenWithTrail(text) { #expect(BoilerplateDetector.breadcrumbEnd(text) == nil) }
        #expect(BoilerplateDetector.mayOpenWithTrail("Plain answer, with a comma first. Then › later.") == false)
        #expect(BoilerplateDetector.breadcrumbEnd("Membership › Key Holders › Bringing a guest — Key Holder members may bring one.") != nil)
    }
}
