;; PIN502 Kotlin: TLS 1.0 / 1.1 (or SSLv3) chosen explicitly. "TLS", "TLSv1.2", "TLSv1.3" and
;; lists that include TLS 1.2+ stay silent. Keep in sync with queries/java/protocols.scm.
;; Gate: every pattern's value regex needs one of these as a whole token (inside "...", after
;; `TlsVersion.`, before `.0` / `.1` / `"` / `,`).
;; pinscan-gate PIN502: TLSv1 SSLv2 SSLv3 SSLv2Hello TLS_1_0 TLS_1_1 SSL_3_0

;; SSLContext.getInstance("TLSv1") / ("TLSv1.1") / ("SSLv3").
(call_expression
  (navigation_expression (_) @_c (identifier) @_m @pin.start .)
  (value_arguments . (value_argument (string_literal) @pin.value))
  (#match? @_c "(^|\\.)SSLContext$")
  (#eq? @_m "getInstance")
  (#match? @pin.value "^\"(TLSv1(\\.[01])?|SSLv[23])\"$")
  (#set! pinscan.rule "PIN502")) @pin

;; `socket.enabledProtocols = arrayOf("TLSv1", "TLSv1.1")`, `sslParameters.protocols = ...`.
(assignment
  left: (navigation_expression (_) (identifier) @_p @pin.start .)
  right: (call_expression (identifier) @_ctor (value_arguments) @pin.value (#match? @_ctor "^(arrayOf|listOf|setOf|mutableListOf)$"))
  (#any-of? @_p "enabledProtocols" "protocols")
  (#match? @pin.value "^\\(\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0))(\\s*,\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0)))*\\s*,?\\s*\\)$")
  (#set! pinscan.rule "PIN502")) @pin

;; `setEnabledProtocols(arrayOf("TLSv1"))`, `tlsVersions(TlsVersion.TLS_1_0, TlsVersion.TLS_1_1)`.
(call_expression
  (navigation_expression (_) (identifier) @_m @pin.start .)
  (value_arguments . (value_argument (call_expression (identifier) @_ctor (value_arguments) @pin.value (#match? @_ctor "^(arrayOf|listOf|setOf|mutableListOf)$"))) .)
  (#any-of? @_m "setEnabledProtocols" "setProtocols")
  (#match? @pin.value "^\\(\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0))(\\s*,\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0)))*\\s*,?\\s*\\)$")
  (#set! pinscan.rule "PIN502")) @pin

(call_expression
  (navigation_expression (_) (identifier) @_m @pin.start .)
  (value_arguments) @pin.value
  (#any-of? @_m "tlsVersions" "setEnabledProtocols" "setProtocols")
  (#match? @pin.value "^\\(\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0))(\\s*,\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0)))*\\s*,?\\s*\\)$")
  (#set! pinscan.rule "PIN502")) @pin

;; `const val TLS_PROTOCOL = "TLSv1"`, `val LEGACY_PROTOCOLS = arrayOf("TLSv1", "TLSv1.1")`.
((property_declaration
  (variable_declaration (identifier) @_n)
  [(string_literal) @pin.value (call_expression (identifier) @_ctor (value_arguments) @pin.value (#match? @_ctor "^(arrayOf|listOf|setOf|mutableListOf)$"))]) @pin
  (#match? @_n "(?i)proto|tls|ssl")
  (#match? @pin.value "^(\"(TLSv1(\\.[01])?|SSLv[23])\"|\\(\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0))(\\s*,\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0)))*\\s*,?\\s*\\))$")
  (#set! pinscan.rule "PIN502"))

;; System.setProperty("https.protocols" | "jdk.tls.client.protocols", "TLSv1,TLSv1.1").
(call_expression
  (navigation_expression (_) (identifier) @_m @pin.start .)
  (value_arguments . (value_argument (string_literal) @_k) . (value_argument (string_literal) @pin.value) .)
  (#eq? @_m "setProperty")
  (#match? @_k "protocols")
  (#match? @pin.value "^\"\\s*(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)(\\s*,\\s*(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello))*\\s*\"$")
  (#set! pinscan.rule "PIN502")) @pin
