/// What the parser does with JSONTestSuite's implementation-defined (i_) files; docs/json.md
/// explains each class. A change of behaviour makes the conformance test fail.
enum JSONTestSuiteExpectations {
    enum Outcome {
        case accepted
        /// Rejected with a message starting with this text.
        case rejected(String)
    }

    /// y_ files whose only issue is a repeated member name (rejected by default).
    static let duplicateKeyFiles: Set<String> = [
        "y_object_duplicated_key.json",
        "y_object_duplicated_key_and_value.json",
    ]

    static let implementationDefined: [String: Outcome] = [
        // Numbers: exact decimals of any size; only an exponent beyond Int is refused.
        "i_number_double_huge_neg_exp.json": .accepted,
        "i_number_huge_exp.json": .rejected("the exponent of this number is too large"),
        "i_number_neg_int_huge_exp.json": .accepted,
        "i_number_pos_double_huge_exp.json": .accepted,
        "i_number_real_neg_overflow.json": .accepted,
        "i_number_real_pos_overflow.json": .accepted,
        "i_number_real_underflow.json": .accepted,
        "i_number_too_big_neg_int.json": .accepted,
        "i_number_too_big_pos_int.json": .accepted,
        "i_number_very_big_negative_int.json": .accepted,
        // Escaped lone surrogates: a Swift String cannot hold them.
        "i_object_key_lone_2nd_surrogate.json": .rejected("lone low surrogate \\uDFAA"),
        "i_string_1st_surrogate_but_2nd_missing.json": .rejected("lone high surrogate \\uDADA"),
        "i_string_1st_valid_surrogate_2nd_invalid.json": .rejected("high surrogate \\uD888 is followed by \\u1234"),
        // Not UTF-8, or invalid UTF-8 (overlong, encoded surrogate, beyond U+10FFFF, truncated).
        "i_string_UTF-16LE_with_BOM.json": .rejected("UTF-16 input; save the file as UTF-8"),
        "i_string_UTF-8_invalid_sequence.json": .rejected("invalid UTF-8 in a string"),
        "i_string_UTF8_surrogate_U+D800.json": .rejected("invalid UTF-8 in a string"),
        "i_string_incomplete_surrogate_and_escape_valid.json": .rejected("lone high surrogate \\uD800"),
        "i_string_incomplete_surrogate_pair.json": .rejected("lone low surrogate \\uDD1E"),
        "i_string_incomplete_surrogates_escape_valid.json": .rejected("high surrogate \\uD800 is followed by \\uD800"),
        "i_string_invalid_lonely_surrogate.json": .rejected("lone high surrogate \\uD800"),
        "i_string_invalid_surrogate.json": .rejected("lone high surrogate \\uD800"),
        "i_string_invalid_utf-8.json": .rejected("invalid UTF-8 in a string"),
        "i_string_inverted_surrogates_U+1D11E.json": .rejected("lone low surrogate \\uDD1E"),
        "i_string_iso_latin_1.json": .rejected("invalid UTF-8 in a string"),
        "i_string_lone_second_surrogate.json": .rejected("lone low surrogate \\uDFAA"),
        "i_string_lone_utf8_continuation_byte.json": .rejected("invalid UTF-8 in a string"),
        "i_string_not_in_unicode_range.json": .rejected("invalid UTF-8 in a string"),
        "i_string_overlong_sequence_2_bytes.json": .rejected("invalid UTF-8 in a string"),
        "i_string_overlong_sequence_6_bytes.json": .rejected("invalid UTF-8 in a string"),
        "i_string_overlong_sequence_6_bytes_null.json": .rejected("invalid UTF-8 in a string"),
        "i_string_truncated-utf-8.json": .rejected("invalid UTF-8 in a string"),
        "i_string_utf16BE_no_BOM.json": .rejected("UTF-16 input; save the file as UTF-8"),
        "i_string_utf16LE_no_BOM.json": .rejected("UTF-16 input; save the file as UTF-8"),
        // 500 levels is within the 512 limit; a UTF-8 byte order mark is skipped.
        "i_structure_500_nested_arrays.json": .accepted,
        "i_structure_UTF-8_BOM_empty_object.json": .accepted,
    ]
}
