; A `ca` option on a TLS/HTTPS call replaces Node's default roots, unless it spreads
; tls.rootCertificates into the list.
(call_expression
  function: (member_expression property: (property_identifier) @_fn)
  arguments: (arguments
    (object
      [
        (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
        (shorthand_property_identifier) @_key @pin.value
      ] @pin))
  (#any-of? @_fn "connect" "request" "get" "createSecureContext" "createServer")
  (#match? @_key "^[\"']?ca[\"']?$")
  (#not-match? @pin.value "rootCertificates")
  (#set! pinscan.rule "PIN302"))

(new_expression
  constructor: [(identifier) (member_expression)] @_ctor
  arguments: (arguments
    (object
      [
        (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
        (shorthand_property_identifier) @_key @pin.value
      ] @pin))
  (#match? @_ctor "Agent$")
  (#match? @_key "^[\"']?ca[\"']?$")
  (#not-match? @pin.value "rootCertificates")
  (#set! pinscan.rule "PIN302"))
