;; Java trust decisions: PIN305 (trust store of chosen certificates), PIN111 (custom
;; checkServerTrusted comparing certificate properties), PIN501 (trust-all managers and
;; host-name verifiers). Keep in sync with queries/kotlin/trust.scm.

;; ---------------------------------------------------------------- PIN305
;; `ks.setCertificateEntry(alias, cert)` or `ks.load(stream, password)` (not `load(null, ..)`),
;; then `tmf.init(ks)` later in the same block; either call may sit one level down in a
;; try / try-with-resources / loop / if. `init((KeyStore) null)` has no identifier argument.
;; Stores built from the JDK cacerts or the platform store (extending it) stay silent.
;; Gate: every match needs `init` (#eq?) next to `setCertificateEntry` / `load`; `init` is the
;; rarer of the two in files that mention KeyStore (JDK: 19 files against 29).
;; pinscan-gate PIN305: init
((block
  [
      (expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))])
      (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))] (block (expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]))]))))
      (enhanced_for_statement body: [[(expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]) (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))] (block (expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]))]))))] (block [(expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]) (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))] (block (expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]))]))))])])
      (for_statement body: [[(expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]) (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))] (block (expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]))]))))] (block [(expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]) (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))] (block (expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]))]))))])])
      (while_statement body: [[(expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]) (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))] (block (expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]))]))))] (block [(expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]) (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))] (block (expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]))]))))])])
      (if_statement consequence: [[(expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]) (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))] (block (expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]))]))))] (block [(expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]) (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))] (block (expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]))]))))])])
      (try_statement body: (block [(expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]) (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))] (block (expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]))]))))]))
      (try_with_resources_statement body: (block [(expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]) (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))] (block (expression_statement [(method_invocation object: (identifier) @_ks name: (identifier) @_set arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry")) (method_invocation object: (identifier) @_ks name: (identifier) @_load arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]))]))))]))
    ]
  [
      (expression_statement (method_invocation object: (_) name: (identifier) @_init arguments: (argument_list . (identifier) @_arg .) (#eq? @_init "init")) @pin)
      (try_statement body: (block (expression_statement (method_invocation object: (_) name: (identifier) @_init arguments: (argument_list . (identifier) @_arg .) (#eq? @_init "init")) @pin)))
      (if_statement consequence: [(expression_statement (method_invocation object: (_) name: (identifier) @_init arguments: (argument_list . (identifier) @_arg .) (#eq? @_init "init")) @pin) (block (expression_statement (method_invocation object: (_) name: (identifier) @_init arguments: (argument_list . (identifier) @_arg .) (#eq? @_init "init")) @pin))])
    ]) @_blk
  (#eq? @_ks @_arg)
  (#not-match? @pin.value "^null$")
  (#not-match? @_blk "cacerts|java\\.home|AndroidCAStore|Windows-ROOT|KeychainStore|getAcceptedIssuers|getDefaultTrustStore|SystemTrust")
  (#set! pinscan.rule "PIN305"))

;; ---------------------------------------------------------------- PIN111
;; pinscan-gate PIN111: checkServerTrusted
;; X509TrustManager.checkServerTrusted (class or anonymous class) whose body looks at the
;; peer's public key, encoded form / digest, issuer or subject DN, or serial number, and
;; compares or rejects (a body that only logs the subject is not a pin).
(method_declaration
  name: (identifier) @pin
  body: (block) @_body
  (#eq? @pin "checkServerTrusted")
  (#match? @_body "getPublicKey|getEncoded|X500Principal|get(Issuer|Subject)DN|getSerialNumber|MessageDigest|(?i:fingerprint|thumbprint|spki|sha-?256|sha-?1\\b|pinned|pinset)")
  (#match? @_body "\\bthrow\\s+(new\\s+)?[A-Za-z_][\\w.]*\\s*[(;]|(equals\\w*|contains\\w*|isEqual|compare\\w*|matches|startsWith|endsWith)\\s*\\(|[=!]=")
  (#set! pinscan.rule "PIN111"))

;; ---------------------------------------------------------------- PIN501
;; Gate, per pattern: checkServerTrusted (#eq?); `verify` with a `(^|.)SSLSession$` parameter;
;; the `-> true` lambdas (the method-name test is a case-insensitive suffix regex, so the
;; lambda's arrow is the literal every match has); the library class names (anchored regexes)
;; and ALLOW_ALL_HOSTNAME_VERIFIER.
;; pinscan-gate PIN501: checkServerTrusted SSLSession ->
;; pinscan-gate PIN501: NoopHostnameVerifier AllowAllHostnameVerifier TrustAllStrategy TrustSelfSignedStrategy InsecureTrustManagerFactory ALLOW_ALL_HOSTNAME_VERIFIER
;; A checkServerTrusted that never throws and calls nothing that checks (check*/verify*/validate*/
;; enforce*/ensure*/pinner calls, super, assert): it accepts every chain. Words in comments do not count.
(method_declaration
  name: (identifier) @pin
  body: (block) @_body
  (#eq? @pin "checkServerTrusted")
  (#not-match? @_body "\\bthrow\\s+(new\\s+)?[A-Za-z_][\\w.]*\\s*[(;]|([Cc]heck|[Vv]erif|[Vv]alid|[Ee]nforce|[Ee]nsure)\\w*\\s*\\(|\\bassert\\b|\\bsuper\\.|\\.init\\s*\\(|(?i:pinn\\w*\\s*\\()")
  (#set! pinscan.rule "PIN501"))

;; HostnameVerifier.verify(String, SSLSession) that just returns true.
(method_declaration
  name: (identifier) @pin
  parameters: (formal_parameters (formal_parameter) . (formal_parameter type: (_) @_st) .)
  body: (block (return_statement (true))) @_body
  (#eq? @pin "verify")
  (#match? @_st "(^|\\.)SSLSession$")
  (#not-match? @_body "\\bif\\b|\\?|\\bfalse\\b|switch|throw|\\bverify\\b")
  (#set! pinscan.rule "PIN501"))

;; `(hostname, session) -> true` passed as a host-name verifier or Apache trust strategy.
(method_invocation
  name: (identifier) @_m
  arguments: (argument_list (lambda_expression body: [(true) (block (return_statement (true))) @_lb]) @pin)
  (#match? @_m "(?i)hostnameverifier$|^loadTrustMaterial$")
  (#not-match? @_lb "\\bif\\b|\\?|\\bfalse\\b|switch|throw|\\bverify\\b")
  (#set! pinscan.rule "PIN501"))

(object_creation_expression
  type: (_) @_t
  arguments: (argument_list (lambda_expression body: [(true) (block (return_statement (true))) @_lb]) @pin)
  (#match? @_t "(^|\\.)SSL(Connection)?SocketFactory$")
  (#not-match? @_lb "\\bif\\b|\\?|\\bfalse\\b|switch|throw|\\bverify\\b")
  (#set! pinscan.rule "PIN501"))

;; ... or stored / cast / returned as a HostnameVerifier or TrustStrategy.
([(local_variable_declaration type: (_) @_t declarator: (variable_declarator value: (lambda_expression body: [(true) (block (return_statement (true))) @_lb]) @pin))
  (field_declaration type: (_) @_t declarator: (variable_declarator value: (lambda_expression body: [(true) (block (return_statement (true))) @_lb]) @pin))
  (cast_expression type: (_) @_t value: (lambda_expression body: [(true) (block (return_statement (true))) @_lb]) @pin)
  (method_declaration type: (_) @_t body: (block (return_statement (lambda_expression body: [(true) (block (return_statement (true))) @_lb]) @pin)))]
  (#match? @_t "(^|\\.)(HostnameVerifier|TrustStrategy)$")
  (#not-match? @_lb "\\bif\\b|\\?|\\bfalse\\b|switch|throw|\\bverify\\b")
  (#set! pinscan.rule "PIN501"))

;; Library trust-all objects: `NoopHostnameVerifier.INSTANCE`, `new NoopHostnameVerifier()`,
;; `SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER`, `TrustAllStrategy.INSTANCE`,
;; `new TrustSelfSignedStrategy()`, Netty's `InsecureTrustManagerFactory.INSTANCE`.
((field_access object: (_) @_c field: (identifier) @_f) @pin
  (#match? @_c "(^|\\.)(NoopHostnameVerifier|AllowAllHostnameVerifier|TrustAllStrategy|TrustSelfSignedStrategy|InsecureTrustManagerFactory)$")
  (#eq? @_f "INSTANCE")
  (#set! pinscan.rule "PIN501"))

((field_access field: (identifier) @_f) @pin
  (#eq? @_f "ALLOW_ALL_HOSTNAME_VERIFIER")
  (#set! pinscan.rule "PIN501"))

;; Statically imported `ALLOW_ALL_HOSTNAME_VERIFIER` passed as an argument.
(argument_list (identifier) @pin
  (#eq? @pin "ALLOW_ALL_HOSTNAME_VERIFIER")
  (#set! pinscan.rule "PIN501"))

((object_creation_expression type: (_) @_t) @pin
  (#match? @_t "(^|\\.)(NoopHostnameVerifier|AllowAllHostnameVerifier|TrustAllStrategy|TrustSelfSignedStrategy)$")
  (#set! pinscan.rule "PIN501"))
