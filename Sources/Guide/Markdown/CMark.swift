import CCmarkGFM
import Foundation

/// A borrowed view of one cmark node. The document (and its parser) own the memory;
/// passes only walk and rearrange nodes inside one `MarkdownDocument`.
struct CMarkNode: Hashable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    init?(_ pointer: OpaquePointer?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    /// "table", "strikethrough", ... for extension nodes.
    var typeName: String { String(cString: cmark_node_get_type_string(pointer)) }

    var literal: String {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_literal(pointer, newValue) }
    }

    var url: String {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_url(pointer, newValue) }
    }

    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    /// 1-based line; 0 when cmark does not know (soft breaks).
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    /// 1-based byte column.
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }

    var parent: CMarkNode? { CMarkNode(cmark_node_parent(pointer)) }
    var firstChild: CMarkNode? { CMarkNode(cmark_node_first_child(pointer)) }
    var next: CMarkNode? { CMarkNode(cmark_node_next(pointer)) }

    var children: [CMarkNode] {
        var result: [CMarkNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// Every node below this one, depth first in document order (a snapshot, so passes may
    /// rearrange nodes while iterating).
    var descendants: [CMarkNode] {
        var result: [CMarkNode] = []
        for child in children {
            result.append(child)
            result.append(contentsOf: child.descendants)
        }
        return result
    }

    static func make(_ type: cmark_node_type) -> CMarkNode { CMarkNode(cmark_node_new(type)) }

    static func text(_ literal: String) -> CMarkNode {
        let node = make(CMARK_NODE_TEXT)
        node.literal = literal
        return node
    }

    /// A node whose HTML is given verbatim around its children (cmark renders these as is).
    static func custom(block: Bool, enter: String, exit: String) -> CMarkNode {
        let node = make(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE)
        cmark_node_set_on_enter(node.pointer, enter)
        cmark_node_set_on_exit(node.pointer, exit)
        return node
    }

    /// cmark refuses a child its parent cannot hold (a custom inline in a table cell, say) and
    /// would silently drop it: treat that as the programming error it is.
    func insertBefore(_ sibling: CMarkNode) {
        precondition(cmark_node_insert_before(pointer, sibling.pointer) == 1, "cmark refused a \(sibling.typeName) before a \(typeName)")
    }

    func append(_ child: CMarkNode) {
        precondition(cmark_node_append_child(pointer, child.pointer) == 1, "cmark refused a \(child.typeName) inside a \(typeName)")
    }

    static func htmlInline(_ html: String) -> CMarkNode {
        let node = make(CMARK_NODE_HTML_INLINE)
        node.literal = html
        return node
    }
    func unlink() { cmark_node_unlink(pointer) }
    /// Unlinks and frees the node and its subtree.
    func remove() { cmark_node_unlink(pointer); cmark_node_free(pointer) }

    /// Moves all children of this node to the end of `target`.
    func moveChildren(to target: CMarkNode) {
        while let child = firstChild {
            child.unlink()
            target.append(child)
        }
    }

    /// Plain text of inline content, as a reader would hear it.
    var plainText: String {
        var text = ""
        for child in children {
            switch child.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += child.literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            case CMARK_NODE_HTML_INLINE:
                break
            default:
                text += child.plainText
            }
        }
        return text
    }
}

/// A parsed Markdown document with the GitHub extensions the guide uses.
final class MarkdownDocument {
    private let parser: OpaquePointer
    let root: CMarkNode

    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// Registration fills a global list and is not thread-safe; a static `let` runs it once.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm keeps the extensions' special inline characters (`~` for strikethrough) in
    /// one process-wide table, which each parse fills before its inline pass and clears after
    /// it. Two parses at once (tests run in parallel; a future parallel build would too) can
    /// clear the table under each other and lose `~~text~~`, so parses take turns.
    private static let parseLock = NSLock()

    init(_ markdown: String) {
        _ = Self.extensionsRegistered
        Self.parseLock.lock()
        defer { Self.parseLock.unlock() }
        parser = cmark_parser_new(CMARK_OPT_VALIDATE_UTF8)
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        root = CMarkNode(cmark_parser_finish(parser))
    }

    deinit {
        cmark_node_free(root.pointer)
        cmark_parser_free(parser)
    }

    /// HTML of `node` and its subtree. Raw HTML passes through (`CMARK_OPT_UNSAFE`): call only
    /// after `RawHTMLPolicy` has checked every html node. The parser's extension list goes to
    /// the renderer so tables render and `tagfilter` applies.
    func html(of node: CMarkNode? = nil) -> String {
        guard let cString = cmark_render_html((node ?? root).pointer, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(cString) }
        return String(cString: cString)
    }
}
