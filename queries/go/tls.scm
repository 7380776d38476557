;; ---------------------------------------------------------------------------------------
;; Gate: both patterns pin the key with #eq?.
;; pinscan-gate PIN501: InsecureSkipVerify
;; PIN501: InsecureSkipVerify switched on, in a composite literal or by assignment.
(keyed_element
  key: (literal_element (identifier) @_key)
  value: (literal_element (true) @pin.value)
  (#eq? @_key "InsecureSkipVerify")
  (#set! pinscan.rule "PIN501")) @pin

(assignment_statement
  left: (expression_list . (selector_expression field: (field_identifier) @_key) .)
  right: (expression_list . (true) @pin.value .)
  (#eq? @_key "InsecureSkipVerify")
  (#set! pinscan.rule "PIN501")) @pin

;; ---------------------------------------------------------------------------------------
;; Gate: the value is an identifier, field or int literal matching the anchored version regex,
;; so one of these is a whole token (rarer than MinVersion / MaxVersion, which every config
;; that asks for TLS 1.2 has).
;; pinscan-gate PIN502: VersionTLS10 VersionTLS11 VersionSSL30 0x0300 0x0301 0x0302 768 769 770
;; PIN502: MinVersion / MaxVersion set to SSL 3.0, TLS 1.0 or TLS 1.1, by constant
;; (`tls.VersionTLS10`, any import alias, or a dot-import) or by its numeric value.
(keyed_element
  key: (literal_element (identifier) @_key)
  value: (literal_element [
    (selector_expression field: (field_identifier) @_ver)
    (identifier) @_ver
    (int_literal) @_ver
  ] @pin.value)
  (#any-of? @_key "MinVersion" "MaxVersion")
  (#match? @_ver "^(VersionTLS1[01]|VersionSSL30|0x030[012]|76[89]|770)$")
  (#set! pinscan.rule "PIN502")) @pin

(assignment_statement
  left: (expression_list . (selector_expression field: (field_identifier) @_key) .)
  right: (expression_list . [
    (selector_expression field: (field_identifier) @_ver)
    (identifier) @_ver
    (int_literal) @_ver
  ] @pin.value .)
  (#any-of? @_key "MinVersion" "MaxVersion")
  (#match? @_ver "^(VersionTLS1[01]|VersionSSL30|0x030[012]|76[89]|770)$")
  (#set! pinscan.rule "PIN502")) @pin

;; ---------------------------------------------------------------------------------------
;; Gate: the keyed / assigned callbacks pin their key with #any-of?; the named functions'
;; parameter regexes end in `.Certificate)` or `.ConnectionState)`, whole tokens.
;; pinscan-gate PIN111: VerifyPeerCertificate VerifyConnection Certificate ConnectionState
;; PIN111: VerifyPeerCertificate / VerifyConnection callbacks that decide trust by the
;; certificate's digest, key, serial, subject or issuer. The callback's name is reported
;; (no @pin.value: an identifier value would be "resolved" to the callback's own text).
(keyed_element
  key: (literal_element (identifier) @_key @pin)
  value: (literal_element (func_literal body: (block) @_body))
  (#any-of? @_key "VerifyPeerCertificate" "VerifyConnection")
  (#match? @_body "\\bSum(256|224|384|512)?\\(|\\.Sum\\(|\\bmd5\\.|\\bsha1\\.|\\.Subject\\b|\\.Issuer\\b|SerialNumber|RawSubjectPublicKeyInfo|RawSubject\\b|RawIssuer\\b|\\.Raw\\b|bytes\\.Equal|ConstantTimeCompare|[Ff]ingerprint|[Tt]humbprint|\\.PublicKey\\b|CommonName|rawCerts\\[")
  (#set! pinscan.rule "PIN111"))

(assignment_statement
  left: (expression_list . (selector_expression field: (field_identifier) @_key) @pin .)
  right: (expression_list . (func_literal body: (block) @_body) .)
  (#any-of? @_key "VerifyPeerCertificate" "VerifyConnection")
  (#match? @_body "\\bSum(256|224|384|512)?\\(|\\.Sum\\(|\\bmd5\\.|\\bsha1\\.|\\.Subject\\b|\\.Issuer\\b|SerialNumber|RawSubjectPublicKeyInfo|RawSubject\\b|RawIssuer\\b|\\.Raw\\b|bytes\\.Equal|ConstantTimeCompare|[Ff]ingerprint|[Tt]humbprint|\\.PublicKey\\b|CommonName|rawCerts\\[")
  (#set! pinscan.rule "PIN111"))

;; The same callbacks written as named functions or methods (wired in elsewhere as
;; `VerifyPeerCertificate: p.verify`): recognised by their signature.
([
  (function_declaration
    name: (identifier) @pin
    parameters: (parameter_list) @_params
    result: (_) @_result
    body: (block) @_body)
  (method_declaration
    name: (field_identifier) @pin
    parameters: (parameter_list) @_params
    result: (_) @_result
    body: (block) @_body)
 ]
  (#match? @_params "^\\([^)]*\\[\\]\\[\\]byte\\s*,[^)]*\\[\\]\\[\\]\\*\\w+\\.Certificate\\s*\\)$|^\\(\\s*\\w*\\s*\\w+\\.ConnectionState\\s*\\)$")
  (#eq? @_result "error")
  (#match? @_body "\\bSum(256|224|384|512)?\\(|\\.Sum\\(|\\bmd5\\.|\\bsha1\\.|\\.Subject\\b|\\.Issuer\\b|SerialNumber|RawSubjectPublicKeyInfo|RawSubject\\b|RawIssuer\\b|\\.Raw\\b|bytes\\.Equal|ConstantTimeCompare|[Ff]ingerprint|[Tt]humbprint|\\.PublicKey\\b|CommonName|rawCerts\\[")
  (#set! pinscan.rule "PIN111"))
