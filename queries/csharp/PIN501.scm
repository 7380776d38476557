;; gate: ServerCertificateCustomValidationCallback ServerCertificateValidationCallback RemoteCertificateValidationCallback* remoteCertificateValidationCallback
;; gate: CertificateValidationCallback CertificateValidation UserCertificateValidationCallback userCertificateValidationCallback SslStream SslPolicyErrors
;; gate: DangerousAcceptAnyServerCertificateValidator
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
; PIN501: the delegate always returns true: `=> true`, `(_, _, _, _) => true`,
; `=> called = true` (an assignment whose value is true),
; `delegate { return true; }`, or a block whose last statement is `return true;` and that
; returns nothing else and throws nothing.

; Gates (src/lang/gate.rs): every lambda / anonymous-method branch is tied to a word by its own
; helper capture: @_prop (anchored regex: the callback property names), @_type (#any-of?),
; @_vartype (`\bRemoteCertificateValidationCallback` or `\bSslPolicyErrors\b`), @_params and
; the method / local-function branches (`\bSslPolicyErrors\b`). PIN501 also
; matches the DangerousAcceptAnyServerCertificateValidator member.

; ---------------- PIN501: lambdas and anonymous methods ----------------
([
  ; Assigned (or added with +=) to a validation callback property: HttpClientHandler,
  ; ServicePointManager, HttpWebRequest, SslClientAuthenticationOptions, MailKit, Redis...
  (assignment_expression
    left: [
      (identifier) @_prop
      (_ name: (identifier) @_prop)
    ]
    right: [
      (_ body: (_) @_body)
      (anonymous_method_expression (block) @_body)
    ] @pin @pin.value)
  ; A named argument: `new SslStream(s, false, userCertificateValidationCallback: ...)`.
  (argument
    name: (identifier) @_prop
    [
      (_ body: (_) @_body)
      (anonymous_method_expression (block) @_body)
    ] @pin @pin.value)
  ; `new RemoteCertificateValidationCallback(...)`, `new SslStream(stream, false, ...)`.
  (_
    type: [
      (identifier) @_type
      (qualified_name name: (identifier) @_type)
    ]
    arguments: (argument_list
      (argument [
      (_ body: (_) @_body)
      (anonymous_method_expression (block) @_body)
    ] @pin @pin.value)))
  ; A variable or field of the delegate type: `RemoteCertificateValidationCallback v = ...`,
  ; `Func<HttpRequestMessage, X509Certificate2, X509Chain, SslPolicyErrors, bool> v = ...`.
  (variable_declaration
    type: (_) @_vartype
    (variable_declarator [
      (_ body: (_) @_body)
      (anonymous_method_expression (block) @_body)
    ] @pin @pin.value))
  ; Typed parameters that include SslPolicyErrors, wherever the delegate is.
  (anonymous_method_expression
    parameters: (parameter_list) @_params
    (block) @_body) @pin @pin.value
]
(#match? @_prop "^(ServerCertificateCustomValidationCallback|ServerCertificateValidationCallback|RemoteCertificateValidationCallback|CertificateValidationCallback|CertificateValidation|[uU]serCertificateValidationCallback|[rR]emoteCertificateValidationCallback)$")
(#any-of? @_type "RemoteCertificateValidationCallback" "SslStream")
(#match? @_vartype "\\bRemoteCertificateValidationCallback|\\bSslPolicyErrors\\b")
(#match? @_params "\\bSslPolicyErrors\\b")
(#match? @_body "^(=>\\s*)?([A-Za-z_][\\w.]*\\s*=\\s*)?true$|return\\s+true\\s*;(\\s|//[^\\n]*)*\\}$")
(#not-match? @_body "return\\s+([^t\\s]|t[^r]|tr[^u]|tru[^e]|true\\w)|\\bthrow\\b"))

; A lambda whose typed parameters include SslPolicyErrors, wherever the delegate is. Its
; kind is checked by a climb rather than written in the pattern: tree-sitter's analysis of a
; `lambda_expression` step with children costs about 15 ms of every compile of this pack,
; a wildcard parent none (the climb makes `(_ parameters: ... body: ...)` exact).
((_
    parameters: (parameter_list) @_params
    body: (_) @_body) @pin @pin.value
  (#pinscan-up! @_params "lambda_expression:parameters:")
  (#match? @_params "\\bSslPolicyErrors\\b")
  (#match? @_body "^(=>\\s*)?([A-Za-z_][\\w.]*\\s*=\\s*)?true$|return\\s+true\\s*;(\\s|//[^\\n]*)*\\}$")
  (#not-match? @_body "return\\s+([^t\\s]|t[^r]|tr[^u]|tru[^e]|true\\w)|\\bthrow\\b"))

; ---------------- PIN501: methods and local functions ----------------
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
(#match? @_body "^(=>\\s*)?([A-Za-z_][\\w.]*\\s*=\\s*)?true$|return\\s+true\\s*;(\\s|//[^\\n]*)*\\}$")
(#not-match? @_body "return\\s+([^t\\s]|t[^r]|tr[^u]|tru[^e]|true\\w)|\\bthrow\\b"))

; ---------------- PIN501: HttpClientHandler.DangerousAcceptAnyServerCertificateValidator ----------------
((member_access_expression
  name: (identifier) @_name) @pin @pin.value
  (#eq? @_name "DangerousAcceptAnyServerCertificateValidator"))
