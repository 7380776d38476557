import XCTest

// A test loading the expired root on purpose: a note, and it stays one.
final class PinningTests: XCTestCase {
    func testExpiredRootIsRejected() throws {
        let path = Bundle(for: PinningTests.self).path(forResource: "FabrikamLegacyRoot", ofType: "der") // pinscan-expect: PIN336@note
        XCTAssertNotNil(path)
    }
}
