;; gate: ServerCertificateCustomValidationCallback ServerCertificateValidationCallback RemoteCertificateValidationCallback* remoteCertificateValidationCallback
;; gate: CertificateValidationCallback CertificateValidation UserCertificateValidationCallback userCertificateValidationCallback SslStream SslPolicyErrors
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; .NET certificate validation callbacks (tree-sitter-c-sharp 0.23).
;
; A validation delegate is a lambda or anonymous method in one of the places listed in the
; first pattern, or a method / local function with an SslPolicyErrors parameter
; (passed by name: `ServerCertificateCustomValidationCallback = ValidateServer`). One delegate
; can match several branches (a typed lambda assigned to a callback property): pinscan keeps
; one finding per rule and node. Predicates on a capture that the matching branch does not
; bind are vacuously true, so each branch is filtered by its own helper captures only.
;
; PIN111: the body compares the peer certificate's thumbprint, hash, public key, serial,
; subject or issuer. A query cannot say "some descendant compares X", so the body's text is
; matched: it must mention a certificate property (first regex) and compare one: the property
; next to ==, !=, `is "..."`, switch, Equals/Contains/StartsWith/EndsWith/SequenceEqual, the
; property inside Equals(...)/Contains(...)/FixedTimeEquals(...), or a local named like a
; thumbprint/hash/serial/issuer/key/pin compared (`var thumb = cert.GetCertHashString(); ...`).
; `== null`, `!= null` and comparisons with a number (`GetCertHash().Length == 0`) do not count,
; so logging `cert.Subject` while returning `errors == SslPolicyErrors.None` does not match.

; Gates (src/lang/gate.rs): every lambda / anonymous-method branch is tied to a word by its own
; helper capture: @_prop (anchored regex: the callback property names), @_type (#any-of?),
; @_vartype (`\bRemoteCertificateValidationCallback` or `\bSslPolicyErrors\b`), @_params and
; the method / local-function branches (`\bSslPolicyErrors\b`).

; ---------------- PIN111: lambdas and anonymous methods ----------------
([
  ; Assigned (or added with +=) to a validation callback property: HttpClientHandler,
  ; ServicePointManager, HttpWebRequest, SslClientAuthenticationOptions, MailKit, Redis...
  (assignment_expression
    left: [
      (identifier) @_prop
      (_ name: (identifier) @_prop)
    ]
    right: [
      (_ body: (_) @_body @pin.value)
      (anonymous_method_expression (block) @_body @pin.value)
    ] @pin)
  ; A named argument: `new SslStream(s, false, userCertificateValidationCallback: ...)`.
  (argument
    name: (identifier) @_prop
    [
      (_ body: (_) @_body @pin.value)
      (anonymous_method_expression (block) @_body @pin.value)
    ] @pin)
  ; `new RemoteCertificateValidationCallback(...)`, `new SslStream(stream, false, ...)`.
  (_
    type: [
      (identifier) @_type
      (qualified_name name: (identifier) @_type)
    ]
    arguments: (argument_list
      (argument [
      (_ body: (_) @_body @pin.value)
      (anonymous_method_expression (block) @_body @pin.value)
    ] @pin)))
  ; A variable or field of the delegate type: `RemoteCertificateValidationCallback v = ...`,
  ; `Func<HttpRequestMessage, X509Certificate2, X509Chain, SslPolicyErrors, bool> v = ...`.
  (variable_declaration
    type: (_) @_vartype
    (variable_declarator [
      (_ body: (_) @_body @pin.value)
      (anonymous_method_expression (block) @_body @pin.value)
    ] @pin))
  ; An anonymous method whose typed parameters include SslPolicyErrors, wherever the
  ; delegate is (lambdas: the pattern below).
  (anonymous_method_expression
    parameters: (parameter_list) @_params
    (block) @_body @pin.value) @pin
]
(#match? @_prop "^(ServerCertificateCustomValidationCallback|ServerCertificateValidationCallback|RemoteCertificateValidationCallback|CertificateValidationCallback|CertificateValidation|[uU]serCertificateValidationCallback|[rR]emoteCertificateValidationCallback)$")
(#any-of? @_type "RemoteCertificateValidationCallback" "SslStream")
(#match? @_vartype "\\bRemoteCertificateValidationCallback|\\bSslPolicyErrors\\b")
(#match? @_params "\\bSslPolicyErrors\\b")
(#match? @_body "\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b")
(#match? @_body "\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b(\\([^()]*\\))?(\\??!?\\.\\w+(\\([^()]*\\))?)*\\s*((==|!=)\\s*([^n\\s\\d]|n[^u]|nu[^l])|\\bis\\s+@?\\$?\\\"|\\bswitch\\b|\\.(Equals|Contains|StartsWith|EndsWith|SequenceEqual|CompareTo|SequenceCompareTo)\\s*\\()|(==|!=)\\s*[^\\s;,&|=]*\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b|\\b(Equals|Contains|SequenceEqual|StartsWith|EndsWith|Compare|CompareOrdinal|FixedTimeEquals|IsMatch)\\s*\\(\\s*[^\\s;,]*\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b|\\b(Equals|Compare|CompareOrdinal|SequenceEqual|FixedTimeEquals)\\s*\\([^;()]*,\\s*[^\\s;,]*\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b|\\bswitch\\s*\\(\\s*[^\\s;]*\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b|\\b\\w*(?i:thumb|hash|fingerprint|serial|issuer|subject|spki|publickey|pubkey|pinned|pinset|pins?\\b|key)\\w*\\s*((==|!=)\\s*([^n\\s\\d]|n[^u]|nu[^l])|\\.(Equals|SequenceEqual|StartsWith|EndsWith|Contains)\\s*\\()|(==|!=|\\b(Equals|SequenceEqual|Contains|FixedTimeEquals)\\s*\\()\\s*[\\w.]*(?i:thumb|hash|fingerprint|serial|issuer|subject|spki|publickey|pubkey|pinned|pinset|pins?\\b|key)\\w*\\b"))

; A lambda whose typed parameters include SslPolicyErrors, wherever the delegate is. Its
; kind is checked by a climb rather than written in the pattern: tree-sitter's analysis of a
; `lambda_expression` step with children costs about 15 ms of every compile of this pack,
; a wildcard parent none (the climb makes `(_ parameters: ... body: ...)` exact).
((_
    parameters: (parameter_list) @_params
    body: (_) @_body @pin.value) @pin
  (#pinscan-up! @_params "lambda_expression:parameters:")
  (#match? @_params "\\bSslPolicyErrors\\b")
  (#match? @_body "\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b")
  (#match? @_body "\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b(\\([^()]*\\))?(\\??!?\\.\\w+(\\([^()]*\\))?)*\\s*((==|!=)\\s*([^n\\s\\d]|n[^u]|nu[^l])|\\bis\\s+@?\\$?\\\"|\\bswitch\\b|\\.(Equals|Contains|StartsWith|EndsWith|SequenceEqual|CompareTo|SequenceCompareTo)\\s*\\()|(==|!=)\\s*[^\\s;,&|=]*\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b|\\b(Equals|Contains|SequenceEqual|StartsWith|EndsWith|Compare|CompareOrdinal|FixedTimeEquals|IsMatch)\\s*\\(\\s*[^\\s;,]*\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b|\\b(Equals|Compare|CompareOrdinal|SequenceEqual|FixedTimeEquals)\\s*\\([^;()]*,\\s*[^\\s;,]*\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b|\\bswitch\\s*\\(\\s*[^\\s;]*\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b|\\b\\w*(?i:thumb|hash|fingerprint|serial|issuer|subject|spki|publickey|pubkey|pinned|pinset|pins?\\b|key)\\w*\\s*((==|!=)\\s*([^n\\s\\d]|n[^u]|nu[^l])|\\.(Equals|SequenceEqual|StartsWith|EndsWith|Contains)\\s*\\()|(==|!=|\\b(Equals|SequenceEqual|Contains|FixedTimeEquals)\\s*\\()\\s*[\\w.]*(?i:thumb|hash|fingerprint|serial|issuer|subject|spki|publickey|pubkey|pinned|pinset|pins?\\b|key)\\w*\\b"))

; ---------------- PIN111: methods and local functions ----------------
([
  (method_declaration
    name: (identifier) @pin.start @pin.value
    parameters: (parameter_list) @_params
    body: (_) @_body)
  (local_function_statement
    name: (identifier) @pin.start @pin.value
    parameters: (parameter_list) @_params
    body: (_) @_body)
] @pin
(#match? @_params "\\bSslPolicyErrors\\b")
(#match? @_body "\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b")
(#match? @_body "\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b(\\([^()]*\\))?(\\??!?\\.\\w+(\\([^()]*\\))?)*\\s*((==|!=)\\s*([^n\\s\\d]|n[^u]|nu[^l])|\\bis\\s+@?\\$?\\\"|\\bswitch\\b|\\.(Equals|Contains|StartsWith|EndsWith|SequenceEqual|CompareTo|SequenceCompareTo)\\s*\\()|(==|!=)\\s*[^\\s;,&|=]*\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b|\\b(Equals|Contains|SequenceEqual|StartsWith|EndsWith|Compare|CompareOrdinal|FixedTimeEquals|IsMatch)\\s*\\(\\s*[^\\s;,]*\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b|\\b(Equals|Compare|CompareOrdinal|SequenceEqual|FixedTimeEquals)\\s*\\([^;()]*,\\s*[^\\s;,]*\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b|\\bswitch\\s*\\(\\s*[^\\s;]*\\.(Thumbprint|GetCertHashString|GetCertHash|GetPublicKeyString|GetPublicKey|GetRawCertDataString|GetRawCertData|RawData|Issuer|IssuerName|Subject|SubjectName|GetNameInfo|SerialNumber|GetSerialNumberString|GetSerialNumber|PublicKey|ExportSubjectPublicKeyInfo)\\b|\\b\\w*(?i:thumb|hash|fingerprint|serial|issuer|subject|spki|publickey|pubkey|pinned|pinset|pins?\\b|key)\\w*\\s*((==|!=)\\s*([^n\\s\\d]|n[^u]|nu[^l])|\\.(Equals|SequenceEqual|StartsWith|EndsWith|Contains)\\s*\\()|(==|!=|\\b(Equals|SequenceEqual|Contains|FixedTimeEquals)\\s*\\()\\s*[\\w.]*(?i:thumb|hash|fingerprint|serial|issuer|subject|spki|publickey|pubkey|pinned|pinset|pins?\\b|key)\\w*\\b"))
