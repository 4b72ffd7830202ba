@testable import JSONSchema

/// Every value in `value` with its pointer, in document order.
func allPointers(in value: JSONValue, at pointer: JSONPointer = .root) -> [(JSONPointer, JSONValue)] {
    var result = [(pointer, value)]
    switch value {
    case .array(let elements):
        for (index, element) in elements.enumerated() {
            result += allPointers(in: element, at: pointer.appending(index: index))
        }
    case .object(let members):
        for (key, member) in members {
            result += allPointers(in: member, at: pointer.appending(key))
        }
    default:
        break
    }
    return result
}
