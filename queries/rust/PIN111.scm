;; gate: verify_server_cert
;; Why this gate: both patterns need a `verify_server_cert` method (#eq?) inside the impl (rarer than
;; the ServerCertVerifier trait name, which `use` lines and config code mention too).
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; rustls `ServerCertVerifier` implementations (`rustls::client::danger`, or
; `rustls::client::ServerCertVerifier` before 0.22). The impl's type is reported.
;
; PIN111: verify_server_cert decides by the certificate itself: a digest of the end entity
; or an intermediate, a byte comparison with it, or its subject / issuer / serial / key.
(_
  trait: (_) @_trait
  type: (_) @pin
  body: (declaration_list
    (function_item name: (identifier) @_fn body: (block) @_body))
  (#match? @_trait "(^|::)ServerCertVerifier$")
  (#eq? @_fn "verify_server_cert")
  (#match? @_body "(?i)(end_entity|intermediates|\\bcert|\\bder\\b|digest|hash|fingerprint|thumbprint|spki|\\bpin)[^;{}]*(==|!=)|(==|!=)[^;{}]*(end_entity|intermediates|\\bcert|\\bder\\b|digest|hash|fingerprint|thumbprint|spki|\\bpin)|\\bdigest\\(|sha(1|256|384|512)|fingerprint|thumbprint|\\bsubject|\\bissuer|serial|subject_public_key|public_key\\(|\\bspki\\b|\\.contains\\(\\s*&?\\s*(end_entity|ica|cert)"))
