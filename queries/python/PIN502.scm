;; gate: PROTOCOL_TLSv1* PROTOCOL_SSLv3 PROTOCOL_SSLv2 SSLv2_METHOD
;; gate: TLSV1* TLSv1* TLsV1* TLsv1* TlSV1* TlSv1* TlsV1* Tlsv1* tLSV1* tLSv1* tLsV1* tLsv1* tlSV1* tlSv1* tlsV1* tlsv1*
;; gate: TLS1* TLs1* TlS1* Tls1* tLS1* tLs1* tlS1* tls1*
;; gate: SSLV3* SSLv3* SSlV3* SSlv3* SsLV3* SsLv3* SslV3* Sslv3* sSLV3* sSLv3* sSlV3* sSlv3* ssLV3* ssLv3* sslV3* sslv3*
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; PIN502: a client forced to (or capped at) TLS 1.0/1.1 or SSL 3.
; ssl.PROTOCOL_TLSv1 / PROTOCOL_TLSv1_1 / PROTOCOL_SSLv3, pyOpenSSL SSL.TLSv1_METHOD /
; TLSv1_1_METHOD / SSLv3_METHOD, and ssl.TLSVersion.TLSv1 / TLSv1_1 / SSLv3 used as a value
; (ctx.minimum_version = ..., ctx.maximum_version = ..., ssl_version=..., tls_version=...).
; Not findings: PROTOCOL_TLS, PROTOCOL_TLS_CLIENT, PROTOCOL_SSLv23 (negotiates the highest
; version), TLSVersion.TLSv1_2/TLSv1_3, OP_NO_TLSv1 / OP_NO_TLSv1_1 (they switch old
; versions off), comparisons such as `if ctx.minimum_version < ssl.TLSVersion.TLSv1_2`.
; Gate: the constant or the string starts with TLSv1 / TLS1 / SSLv3 in any case (the string
; patterns match case-insensitively), or is PROTOCOL_TLSv1* / PROTOCOL_SSLv3 / SSLv2.
([
  (assignment left: [(identifier) (attribute) (_ subscript: (string))] right: [
    (_ attribute: (identifier) @_n)
    (identifier) @_n
  ] @pin @pin.value)
  (keyword_argument value: [
    (_ attribute: (identifier) @_n)
    (identifier) @_n
  ] @pin @pin.value)
  (pair key: [(string) (identifier)] value: [
    (_ attribute: (identifier) @_n)
    (identifier) @_n
  ] @pin @pin.value)
  (default_parameter value: [
    (_ attribute: (identifier) @_n)
    (identifier) @_n
  ] @pin @pin.value)
  (typed_default_parameter value: [
    (_ attribute: (identifier) @_n)
    (identifier) @_n
  ] @pin @pin.value)
  (argument_list [
    (_ attribute: (identifier) @_n)
    (identifier) @_n
  ] @pin @pin.value)
  (return_statement [
    (_ attribute: (identifier) @_n)
    (identifier) @_n
  ] @pin @pin.value)
]
  (#any-of? @_n "PROTOCOL_TLSv1" "PROTOCOL_TLSv1_1" "PROTOCOL_SSLv3" "PROTOCOL_SSLv2" "TLSv1_METHOD" "TLSv1_1_METHOD" "SSLv3_METHOD" "SSLv2_METHOD"))

; ssl.TLSVersion.TLSv1 / TLSVersion.TLSv1_1 / TLSVersion.SSLv3 as a value.
([
  (assignment right: (_ object: (_) @_enum attribute: (identifier) @_n) @pin @pin.value)
  (keyword_argument value: (_ object: (_) @_enum attribute: (identifier) @_n) @pin @pin.value)
  (pair value: (_ object: (_) @_enum attribute: (identifier) @_n) @pin @pin.value)
  (argument_list (_ object: (_) @_enum attribute: (identifier) @_n) @pin @pin.value)
  (default_parameter value: (_ object: (_) @_enum attribute: (identifier) @_n) @pin @pin.value)
]
  (#match? @_enum "(^|\\.)TLSVersion$")
  (#any-of? @_n "TLSv1" "TLSv1_1" "SSLv3"))

; Version names as strings: mysql.connector tls_versions=["TLSv1", "TLSv1.1"],
; ssl_version="TLSv1", {"tls_version": "TLSv1.1"}.
(keyword_argument
  name: (identifier) @_kw
  value: [
    (string (string_content) @_v) @pin.value
    (list (string (string_content) @_v) @pin.value)
    (tuple (string (string_content) @_v) @pin.value)
  ]
  (#match? @_kw "(?i)^(ssl_|tls_)?(tls_?versions?|ssl_?version|min(imum)?_?(tls_?)?version|max(imum)?_?(tls_?)?version)$")
  (#match? @_v "^(?i:tlsv?1(\\.0|\\.1|_0|_1)?|sslv3|tls1[._]?[01])$")) @pin

(pair
  key: (string) @_k
  value: [
    (string (string_content) @_v) @pin.value
    (list (string (string_content) @_v) @pin.value)
    (tuple (string (string_content) @_v) @pin.value)
  ]
  (#match? @_k "(?i)^[\"'](ssl_|tls_)?(tls_?versions?|ssl_?version|min(imum)?_?(tls_?)?version|max(imum)?_?(tls_?)?version)[\"']$")
  (#match? @_v "^(?i:tlsv?1(\\.0|\\.1|_0|_1)?|sslv3|tls1[._]?[01])$")) @pin
