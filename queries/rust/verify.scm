; rustls `ServerCertVerifier` implementations (`rustls::client::danger`, or
; `rustls::client::ServerCertVerifier` before 0.22). The impl's type is reported.

;; Gates: both patterns need a `verify_server_cert` method (#eq?) inside the impl (rarer than
;; the ServerCertVerifier trait name, which `use` lines and config code mention too).
;; pinscan-gate PIN111: verify_server_cert
;; pinscan-gate PIN501: verify_server_cert

; PIN111: verify_server_cert decides by the certificate itself: a digest of the end entity
; or an intermediate, a byte comparison with it, or its subject / issuer / serial / key.
(impl_item
  trait: (_) @_trait
  type: (_) @pin
  body: (declaration_list
    (function_item name: (identifier) @_fn body: (block) @_body))
  (#match? @_trait "(^|::)ServerCertVerifier$")
  (#eq? @_fn "verify_server_cert")
  (#match? @_body "(?i)(end_entity|intermediates|\\bcert|\\bder\\b|digest|hash|fingerprint|thumbprint|spki|\\bpin)[^;{}]*(==|!=)|(==|!=)[^;{}]*(end_entity|intermediates|\\bcert|\\bder\\b|digest|hash|fingerprint|thumbprint|spki|\\bpin)|\\bdigest\\(|sha(1|256|384|512)|fingerprint|thumbprint|\\bsubject|\\bissuer|serial|subject_public_key|public_key\\(|\\bspki\\b|\\.contains\\(\\s*&?\\s*(end_entity|ica|cert)")
  (#set! pinscan.rule "PIN111"))

; PIN501: verify_server_cert that accepts anything: it returns
; `ServerCertVerified::assertion()` and never an error, a `?`, or a delegated verification.
(impl_item
  trait: (_) @_trait
  type: (_) @pin
  body: (declaration_list
    (function_item name: (identifier) @_fn body: (block) @_body))
  (#match? @_trait "(^|::)ServerCertVerifier$")
  (#eq? @_fn "verify_server_cert")
  (#match? @_body "ServerCertVerified::assertion\\(\\)")
  (#not-match? @_body "Err\\s*\\(|\\?|verify|==|!=|\\bmatch\\b|\\bif\\b|panic!|unimplemented!|todo!")
  (#set! pinscan.rule "PIN501"))
