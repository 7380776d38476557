;; gate: SslProtocols SecurityProtocolType

; PIN502: TLS 1.0/1.1 (and SSL 2/3) enabled through SslProtocols / SecurityProtocolType.
; `SslProtocols.Tls` and `SslProtocols.Tls11` are exact member names, so Tls12 and Tls13 never
; match; `SslProtocols.None` and `SecurityProtocolType.SystemDefault` (the OS default) do not
; either. `SslProtocols.Default` is Ssl3 | Tls. The enum may be qualified
; (`System.Security.Authentication.SslProtocols.Tls`).
;
; Only values that are set are reported: the right-hand side of `=`/`|=`/`??=`, an argument, a
; variable/field/property initializer, an expression body, a return value or a conditional's
; branch, also inside a `|` chain. The value node's text is checked with one regex (a
; structural pattern for every chain length made the query slow to compile); comparisons
; (`==`, `!=`), `&`/`~` masks (`&= ~(... | SecurityProtocolType.Tls)` turns old versions off),
; `HasFlag(...)` and switch arms are not reported.

;; Gate: every value regex needs `SslProtocols.` or `SecurityProtocolType.` after a start,
;; separator or `.` (a whole token), and the cast pattern pins the enum with #any-of?.

; `= SslProtocols.Tls11`, `|= SecurityProtocolType.Tls`, `EnabledSslProtocols = SslProtocols.Tls | SslProtocols.Tls12`,
; `= legacy ? SslProtocols.Tls : SslProtocols.Tls12`.
((assignment_expression
  operator: ["=" "|=" "??="]
  right: (_) @pin.value) @pin
  (#match? @pin.value "(^|[|?:(]\\s*)([A-Za-z_][A-Za-z0-9_]*\\.)*(SslProtocols|SecurityProtocolType)\\.(Tls|Tls11|Ssl2|Ssl3|Default)\\s*($|[|):])")
  (#not-match? @pin.value "==|!=|&|~|\\|\\||\\bHasFlag\\b|=>"))

; Initializers (`var p = SslProtocols.Tls;`, `SslProtocols P { get; set; } = SslProtocols.Tls11;`),
; expression bodies (`SslProtocols P => SslProtocols.Tls;`) and return values.
([
  (variable_declarator (_) @pin.value)
  (property_declaration value: (_) @pin.value)
  (arrow_expression_clause (_) @pin.value)
  (return_statement (_) @pin.value)
] @pin
  (#match? @pin.value "^\\s*(\\(?\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*\\?\\s*)?([A-Za-z_][A-Za-z0-9_]*\\.)*(SslProtocols|SecurityProtocolType)\\.(Tls|Tls11|Ssl2|Ssl3|Default)\\s*($|[|):;])|[|:]\\s*([A-Za-z_][A-Za-z0-9_]*\\.)*(SslProtocols|SecurityProtocolType)\\.(Tls|Tls11|Ssl2|Ssl3|Default)\\s*($|[|);])")
  (#not-match? @pin.value "==|!=|&|~|\\|\\||\\bHasFlag\\b|=>|\\bswitch\\b"))

; Arguments: `sslStream.AuthenticateAsClient(host, null, SslProtocols.Tls, false)`,
; `enabledSslProtocols: SslProtocols.Tls11`, except for tests of a value
; (`protocols.HasFlag(SslProtocols.Tls)`, `Equals`, `Enum.IsDefined`, `Contains`, `Remove`).
((invocation_expression
  function: [
    (identifier) @_callee
    (generic_name (identifier) @_callee)
    (member_access_expression name: (identifier) @_callee)
  ]
  arguments: (argument_list (argument (_) @pin.value) @pin))
  (#not-any-of? @_callee "HasFlag" "Equals" "IsDefined" "Contains" "Remove" "Compare" "CompareTo" "AreEqual" "AreNotEqual" "NotEqual" "GetName" "Format")
  (#match? @pin.value "^\\s*([A-Za-z_][A-Za-z0-9_]*\\.)*(SslProtocols|SecurityProtocolType)\\.(Tls|Tls11|Ssl2|Ssl3|Default)\\s*($|\\|)|\\|\\s*([A-Za-z_][A-Za-z0-9_]*\\.)*(SslProtocols|SecurityProtocolType)\\.(Tls|Tls11|Ssl2|Ssl3|Default)\\s*$")
  (#not-match? @pin.value "==|!=|&|~|\\|\\|"))

((object_creation_expression
  arguments: (argument_list (argument (_) @pin.value) @pin))
  (#match? @pin.value "^\\s*([A-Za-z_][A-Za-z0-9_]*\\.)*(SslProtocols|SecurityProtocolType)\\.(Tls|Tls11|Ssl2|Ssl3|Default)\\s*($|\\|)|\\|\\s*([A-Za-z_][A-Za-z0-9_]*\\.)*(SslProtocols|SecurityProtocolType)\\.(Tls|Tls11|Ssl2|Ssl3|Default)\\s*$")
  (#not-match? @pin.value "==|!=|&|~|\\|\\|"))

; Numeric casts from before .NET 4.5 named the values: `(SecurityProtocolType)192` (TLS 1.0),
; `768` (TLS 1.1), `48` (SSL 3.0), `12` (SSL 2.0), `240` (SslProtocols.Default). 3072 (TLS 1.2)
; and 12288 (TLS 1.3) are fine.
((cast_expression
  type: [(identifier) @_enum (qualified_name name: (identifier) @_enum)]
  value: (integer_literal) @_num) @pin @pin.value
  (#any-of? @_enum "SslProtocols" "SecurityProtocolType")
  (#any-of? @_num "192" "768" "48" "12" "240" "0xC0" "0xc0" "0x300" "0x30" "0xF0" "0xf0"))

; A conditional's branch: `firmware.Major < 5 ? SslProtocols.Tls11 : SslProtocols.None`.
((conditional_expression [
    consequence: (_) @pin.value
    alternative: (_) @pin.value
  ]) @pin
  (#match? @pin.value "^([A-Za-z_][A-Za-z0-9_]*\\.)*(SslProtocols|SecurityProtocolType)\\.(Tls|Tls11|Ssl2|Ssl3|Default)$"))
