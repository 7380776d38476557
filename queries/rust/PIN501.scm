;; gate: danger_accept_invalid_certs danger_accept_invalid_hostnames SslVerifyMode
;; gate: verify_server_cert VerifiedIdentity tls_danger_accept_invalid_certs tls_danger_accept_invalid_hostnames
;; gate: set_certificate_verifier with_custom_certificate_verifier
;; Why this gate: the builder and openssl patterns need a danger_* method (#any-of?) or the
;; `SslVerifyMode` type (`(^|::)SslVerifyMode$`, rarer than set_verify); the rustls verifier
;; pattern needs a `verify_server_cert` method (#eq?).
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; PIN501: reqwest / native-tls / hyper-tls / ureq builders told to accept invalid
; certificates or host names.
(_
  function: (_ field: (field_identifier) @_method @pin.value @pin.start)
  arguments: (arguments . (boolean_literal) @_flag .)
  (#any-of? @_method "danger_accept_invalid_certs" "danger_accept_invalid_hostnames"
    "tls_danger_accept_invalid_certs" "tls_danger_accept_invalid_hostnames")
  (#eq? @_flag "true")) @pin

; PIN501: openssl peer verification off: set_verify(SslVerifyMode::NONE) /
; set_verify_callback(SslVerifyMode::NONE, ..) / SslVerifyMode::empty().
(_
  function: (_ field: (field_identifier) @_method @pin.start)
  arguments: (arguments . [
    (_ path: (_) @_ty name: (identifier) @_mode)
    (call_expression function: (_ path: (_) @_ty name: (identifier) @_mode))
  ] @pin.value)
  (#any-of? @_method "set_verify" "set_verify_callback")
  (#match? @_ty "(^|::)SslVerifyMode$")
  (#any-of? @_mode "NONE" "empty")) @pin

; rustls `ServerCertVerifier` implementations (`rustls::client::danger`, or
; `rustls::client::ServerCertVerifier` before 0.22). The impl's type is reported.
;
; PIN501: verify_server_cert that accepts anything: it returns
; `ServerCertVerified::assertion()` and never an error, a `?`, or a delegated verification.
(_
  trait: (_) @_trait
  type: (_) @pin
  body: (declaration_list
    (function_item name: (identifier) @_fn body: (block) @_body))
  (#match? @_trait "(^|::)ServerCertVerifier$")
  (#eq? @_fn "verify_server_cert")
  (#match? @_body "ServerCertVerified::assertion\\(\\)")
  (#not-match? @_body "Err\\s*\\(|\\?|verify|==|!=|\\bmatch\\b|\\bif\\b|panic!|unimplemented!|todo!"))

; PIN501: the newer rustls `ServerVerifier` trait: a verify_identity whose whole body is
; `Ok(VerifiedIdentity::assertion(..))` accepts any server identity. The returned assertion
; is reported (the impl header is ordinary). A body that checks anything first is not matched.
(_
  trait: (_) @_trait
  body: (declaration_list
    (function_item
      name: (identifier) @_fn
      body: (block
        (_
          function: (identifier) @_ok
          arguments: (arguments
            .
            (call_expression
              function: (_ path: (_) @_ty name: (identifier) @_a)) .)) @pin) @_body))
  (#match? @_trait "(^|::)ServerVerifier$")
  (#eq? @_fn "verify_identity")
  (#eq? @_ok "Ok")
  (#match? @_ty "(^|::)VerifiedIdentity$")
  (#eq? @_a "assertion")
  (#not-match? @_body "Err\\s*\\(|\\?|==|!=|\\bmatch\\b|\\bif\\b|panic!|unimplemented!|todo!|;"))

; PIN501: a rustls client given a verifier whose type says it checks nothing:
; `.dangerous().set_certificate_verifier(Arc::new(danger::NoCertificateVerification::new(p)))`,
; `.with_custom_certificate_verifier(Arc::new(DummyServerAuth::new()))`. Reported at the
; method. A verifier with another name (a pinning verifier, WebPkiServerVerifier) is not.
((_
  function: (_ field: (field_identifier) @_m @pin)
  arguments: (arguments .
    (_
      function: (_) @_arc
      arguments: (arguments . (_) @pin.value))))
  (#match? @_m "^(set_certificate_verifier|with_custom_certificate_verifier)$")
  (#match? @_arc "(^|::)Arc::new$")
  (#match? @pin.value "(^|::)(No[A-Z]\\w*|Dummy\\w*|AcceptAll\\w*|AcceptAny\\w*|Insecure\\w*|SkipVerif\\w*|Noop\\w*)(::|\\s*[({]|$)"))
