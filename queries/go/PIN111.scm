;; gate: VerifyPeerCertificate VerifyConnection Certificate ConnectionState
;; Why this gate: the keyed / assigned callbacks pin their key with #any-of?; the named functions'
;; parameter regexes end in `.Certificate)` or `.ConnectionState)`, whole tokens.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN111: VerifyPeerCertificate / VerifyConnection callbacks that decide trust by the
;; certificate's digest, key, serial, subject or issuer. The callback's name is reported
;; (no @pin.value: an identifier value would be "resolved" to the callback's own text).
(keyed_element
  key: (literal_element (identifier) @_key @pin)
  value: (literal_element (func_literal body: (block) @_body))
  (#any-of? @_key "VerifyPeerCertificate" "VerifyConnection")
  (#match? @_body "\\bSum(256|224|384|512)?\\(|\\.Sum\\(|\\bmd5\\.|\\bsha1\\.|\\.Subject\\b|\\.Issuer\\b|SerialNumber|RawSubjectPublicKeyInfo|RawSubject\\b|RawIssuer\\b|\\.Raw\\b|bytes\\.Equal|ConstantTimeCompare|[Ff]ingerprint|[Tt]humbprint|\\.PublicKey\\b|CommonName|DNSNames|rawCerts\\["))

(assignment_statement
  left: (expression_list . (_ field: (field_identifier) @_key) @pin .)
  right: (expression_list . (func_literal body: (block) @_body) .)
  (#any-of? @_key "VerifyPeerCertificate" "VerifyConnection")
  (#match? @_body "\\bSum(256|224|384|512)?\\(|\\.Sum\\(|\\bmd5\\.|\\bsha1\\.|\\.Subject\\b|\\.Issuer\\b|SerialNumber|RawSubjectPublicKeyInfo|RawSubject\\b|RawIssuer\\b|\\.Raw\\b|bytes\\.Equal|ConstantTimeCompare|[Ff]ingerprint|[Tt]humbprint|\\.PublicKey\\b|CommonName|DNSNames|rawCerts\\["))

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
  (#match? @_body "\\bSum(256|224|384|512)?\\(|\\.Sum\\(|\\bmd5\\.|\\bsha1\\.|\\.Subject\\b|\\.Issuer\\b|SerialNumber|RawSubjectPublicKeyInfo|RawSubject\\b|RawIssuer\\b|\\.Raw\\b|bytes\\.Equal|ConstantTimeCompare|[Ff]ingerprint|[Tt]humbprint|\\.PublicKey\\b|CommonName|DNSNames|rawCerts\\["))
