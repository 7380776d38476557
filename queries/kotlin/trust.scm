;; Kotlin trust decisions: PIN305 (trust store of chosen certificates), PIN111 (custom
;; checkServerTrusted comparing certificate properties), PIN501 (trust-all managers and host-name
;; verifiers). Keep in sync with queries/java/trust.scm.

;; ---------------------------------------------------------------- PIN305
;; Gate: every match calls `setCertificateEntry` or `load` (#eq?) and also `init`; in Kotlin
;; `init` is also the initializer-block keyword, so the store side is the rarer one.
;; pinscan-gate PIN305: setCertificateEntry load
;; `ks.setCertificateEntry(alias, cert)` / `ks.load(stream, password)` (also inside
;; `KeyStore.getInstance(..).apply { }`, `use { }`, try, for), then `tmf.init(ks)` (or
;; `TrustManagerFactory.getInstance(..).apply { init(ks) }`) in the same block.
((block
  [
    [(call_expression (navigation_expression (identifier) @_ks (identifier) @_set .) (value_arguments (value_argument) . (value_argument (_) @pin.value) .) (#eq? @_set "setCertificateEntry")) (call_expression (navigation_expression (identifier) @_ks (identifier) @_load .) (value_arguments . (value_argument (_) @pin.value)) (#eq? @_load "load"))]
    (try_expression (block [(call_expression (navigation_expression (identifier) @_ks (identifier) @_set .) (value_arguments (value_argument) . (value_argument (_) @pin.value) .) (#eq? @_set "setCertificateEntry")) (call_expression (navigation_expression (identifier) @_ks (identifier) @_load .) (value_arguments . (value_argument (_) @pin.value)) (#eq? @_load "load"))]))
    (for_statement [[(call_expression (navigation_expression (identifier) @_ks (identifier) @_set .) (value_arguments (value_argument) . (value_argument (_) @pin.value) .) (#eq? @_set "setCertificateEntry")) (call_expression (navigation_expression (identifier) @_ks (identifier) @_load .) (value_arguments . (value_argument (_) @pin.value)) (#eq? @_load "load"))] (block [(call_expression (navigation_expression (identifier) @_ks (identifier) @_set .) (value_arguments (value_argument) . (value_argument (_) @pin.value) .) (#eq? @_set "setCertificateEntry")) (call_expression (navigation_expression (identifier) @_ks (identifier) @_load .) (value_arguments . (value_argument (_) @pin.value)) (#eq? @_load "load"))])])
    (if_expression [[(call_expression (navigation_expression (identifier) @_ks (identifier) @_set .) (value_arguments (value_argument) . (value_argument (_) @pin.value) .) (#eq? @_set "setCertificateEntry")) (call_expression (navigation_expression (identifier) @_ks (identifier) @_load .) (value_arguments . (value_argument (_) @pin.value)) (#eq? @_load "load"))] (block [(call_expression (navigation_expression (identifier) @_ks (identifier) @_set .) (value_arguments (value_argument) . (value_argument (_) @pin.value) .) (#eq? @_set "setCertificateEntry")) (call_expression (navigation_expression (identifier) @_ks (identifier) @_load .) (value_arguments . (value_argument (_) @pin.value)) (#eq? @_load "load"))])])
    (call_expression (annotated_lambda (lambda_literal [(call_expression (navigation_expression (identifier) @_ks (identifier) @_set .) (value_arguments (value_argument) . (value_argument (_) @pin.value) .) (#eq? @_set "setCertificateEntry")) (call_expression (navigation_expression (identifier) @_ks (identifier) @_load .) (value_arguments . (value_argument (_) @pin.value)) (#eq? @_load "load"))])))
    (property_declaration (variable_declaration (identifier) @_ks) (call_expression (navigation_expression (_) (identifier) .) (annotated_lambda (lambda_literal [(call_expression (identifier) @_set (value_arguments (value_argument) . (value_argument (_) @pin.value) .) (#eq? @_set "setCertificateEntry")) (call_expression (identifier) @_load (value_arguments . (value_argument (_) @pin.value)) (#eq? @_load "load"))]))))
  ]
  [
    (call_expression (navigation_expression (_) (identifier) @_init .) (value_arguments . (value_argument (identifier) @_arg) .) (#eq? @_init "init")) @pin
    (try_expression (block (call_expression (navigation_expression (_) (identifier) @_init .) (value_arguments . (value_argument (identifier) @_arg) .) (#eq? @_init "init")) @pin))
    (property_declaration [(call_expression (navigation_expression (_) (identifier) .) (annotated_lambda (lambda_literal (call_expression (identifier) @_init (value_arguments . (value_argument (identifier) @_arg) .) (#eq? @_init "init")) @pin))) (navigation_expression (call_expression (navigation_expression (_) (identifier) .) (annotated_lambda (lambda_literal (call_expression (identifier) @_init (value_arguments . (value_argument (identifier) @_arg) .) (#eq? @_init "init")) @pin))) (identifier) .)])
    (call_expression (navigation_expression (_) (identifier) .) (annotated_lambda (lambda_literal (call_expression (identifier) @_init (value_arguments . (value_argument (identifier) @_arg) .) (#eq? @_init "init")) @pin)))
  ]) @_blk
  (#eq? @_ks @_arg)
  (#not-match? @pin.value "^null$")
  (#not-match? @_blk "cacerts|java\\.home|AndroidCAStore|Windows-ROOT|KeychainStore|acceptedIssuers|getAcceptedIssuers|getDefaultTrustStore|SystemTrust")
  (#set! pinscan.rule "PIN305"))

;; ---------------------------------------------------------------- PIN111
;; pinscan-gate PIN111: checkServerTrusted
;; checkServerTrusted looking at the peer's key, encoding / digest, issuer or subject, serial,
;; and comparing or rejecting.
(function_declaration
  name: (identifier) @pin
  (function_body) @_body
  (#eq? @pin "checkServerTrusted")
  (#match? @_body "publicKey|getPublicKey|\\.encoded\\b|getEncoded|X500Principal|issuerDN|subjectDN|get(Issuer|Subject)DN|serialNumber|getSerialNumber|MessageDigest|(?i:fingerprint|thumbprint|spki|sha-?256|sha-?1\\b|pinned|pinset)")
  (#match? @_body "\\bthrow\\s+[A-Za-z_][\\w.]*|(equals\\w*|contains\\w*|isEqual|compare\\w*|matches|startsWith|endsWith|require|check|error|any|none|all)\\s*[({]|[=!]=|!in\\b")
  (#set! pinscan.rule "PIN111"))

;; ---------------------------------------------------------------- PIN501
;; Gate, per pattern: checkServerTrusted (#eq?); the `verify` function and the lambdas return
;; the identifier `true` (#eq?; the lambda's callee is matched by a case-insensitive suffix
;; regex and the SSLSession type by an unanchored one, so neither can gate); the library
;; class names (anchored regexes) and ALLOW_ALL_HOSTNAME_VERIFIER.
;; pinscan-gate PIN501: checkServerTrusted true
;; pinscan-gate PIN501: NoopHostnameVerifier AllowAllHostnameVerifier TrustAllStrategy TrustSelfSignedStrategy InsecureTrustManagerFactory ALLOW_ALL_HOSTNAME_VERIFIER
;; checkServerTrusted with an empty body / `= Unit` / only logging: it never throws.
(function_declaration
  name: (identifier) @pin
  (function_body) @_body
  (#eq? @pin "checkServerTrusted")
  (#not-match? @_body "\\bthrow\\s+[A-Za-z_][\\w.]*\\s*[(\\n]|\\bthrow\\s+[a-z]\\w*\\s*$|([Cc]heck|[Vv]erif|[Vv]alid|[Ee]nforce|[Ee]nsure|assert)\\w*\\s*[({]|(^|[^.\\w])(require|error|TODO)\\w*\\s*[({]|\\bsuper\\.|\\.init\\s*\\(|(?i:pinn\\w*\\s*\\()")
  (#set! pinscan.rule "PIN501"))

;; HostnameVerifier.verify(hostname, session) = true / { return true }.
(function_declaration
  name: (identifier) @pin
  (function_value_parameters (parameter) (parameter (_) @_st))
  (function_body [(identifier) @_t (block (return_expression (identifier) @_t))]) @_body
  (#eq? @pin "verify")
  (#eq? @_t "true")
  (#match? @_st "SSLSession")
  (#not-match? @_body "\\bif\\b|\\bwhen\\b|\\?|\\bfalse\\b|throw|\\bverify\\b|&&|\\|\\||==")
  (#set! pinscan.rule "PIN501"))

;; `hostnameVerifier { _, _ -> true }`, `setHostnameVerifier({ _, _ -> true })`,
;; `loadTrustMaterial(null) { _, _ -> true }`.
(call_expression
  [(navigation_expression (_) (identifier) @_m .) (identifier) @_m]
  [(annotated_lambda (lambda_literal (lambda_parameters) (identifier) @_t) @pin) (value_arguments (value_argument (lambda_literal (lambda_parameters) (identifier) @_t) @pin))]
  (#match? @_m "(?i)hostnameverifier$|^loadTrustMaterial$|^HostnameVerifier$|^TrustStrategy$")
  (#eq? @_t "true")
  (#not-match? @pin "\\bif\\b|\\bwhen\\b|\\?|\\bfalse\\b|throw|\\bverify\\b|&&|\\|\\||==")
  (#set! pinscan.rule "PIN501"))

;; `object : HostnameVerifier` is covered by `verify` above. Library trust-all objects:
;; `NoopHostnameVerifier.INSTANCE`, `NoopHostnameVerifier()`, `ALLOW_ALL_HOSTNAME_VERIFIER`,
;; `TrustAllStrategy.INSTANCE`, `InsecureTrustManagerFactory.INSTANCE`.
((navigation_expression (_) @_c (identifier) @_f .) @pin
  (#match? @_c "(^|\\.)(NoopHostnameVerifier|AllowAllHostnameVerifier|TrustAllStrategy|TrustSelfSignedStrategy|InsecureTrustManagerFactory)$")
  (#eq? @_f "INSTANCE")
  (#set! pinscan.rule "PIN501"))

((navigation_expression (_) (identifier) @_f .) @pin
  (#eq? @_f "ALLOW_ALL_HOSTNAME_VERIFIER")
  (#set! pinscan.rule "PIN501"))

(value_argument (identifier) @pin
  (#eq? @pin "ALLOW_ALL_HOSTNAME_VERIFIER")
  (#set! pinscan.rule "PIN501"))

((call_expression [(identifier) @_c (navigation_expression (_) (identifier) @_c .)] (value_arguments)) @pin
  (#match? @_c "^(NoopHostnameVerifier|AllowAllHostnameVerifier|TrustAllStrategy|TrustSelfSignedStrategy)$")
  (#set! pinscan.rule "PIN501"))
