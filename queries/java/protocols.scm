;; PIN502 Java: TLS 1.0 / 1.1 (or SSLv3) chosen explicitly. "TLS", "TLSv1.2", "TLSv1.3"
;; and lists that include TLS 1.2+ stay silent. Keep in sync with queries/kotlin/protocols.scm.
;; Gate: every pattern's value regex needs one of these as a whole token (inside "...", after
;; `TlsVersion.`, before `.0` / `.1` / `"` / `,`).
;; pinscan-gate PIN502: TLSv1 SSLv2 SSLv3 SSLv2Hello TLS_1_0 TLS_1_1 SSL_3_0

;; SSLContext.getInstance("TLSv1") / ("TLSv1.1") / ("SSLv3"), also fully qualified.
(method_invocation
  object: (_) @_c
  name: (identifier) @_m @pin.start
  arguments: (argument_list . (string_literal) @pin.value)
  (#match? @_c "(^|\\.)SSLContext$")
  (#eq? @_m "getInstance")
  (#match? @pin.value "^\"(TLSv1(\\.[01])?|SSLv[23])\"$")
  (#set! pinscan.rule "PIN502")) @pin

;; setEnabledProtocols(new String[]{"TLSv1", "TLSv1.1"}) / SSLParameters.setProtocols(...):
;; every listed protocol is deprecated.
(method_invocation
  name: (identifier) @_m @pin.start
  arguments: (argument_list . [(array_creation_expression value: (array_initializer) @pin.value)
                               (array_initializer) @pin.value] .)
  (#any-of? @_m "setEnabledProtocols" "setProtocols")
  (#match? @pin.value "^\\{\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0))(\\s*,\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0)))*\\s*,?\\s*\\}$")
  (#set! pinscan.rule "PIN502")) @pin

;; Varargs forms: OkHttp ConnectionSpec.Builder.tlsVersions(TlsVersion.TLS_1_0, ...) or
;; tlsVersions("TLSv1"), setEnabledProtocols("TLSv1").
(method_invocation
  name: (identifier) @_m @pin.start
  arguments: (argument_list) @pin.value
  (#any-of? @_m "tlsVersions" "setEnabledProtocols" "setProtocols")
  (#match? @pin.value "^\\(\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0))(\\s*,\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0)))*\\s*,?\\s*\\)$")
  (#set! pinscan.rule "PIN502")) @pin

;; A protocol constant or list: `static final String PROTOCOL = "TLSv1";`,
;; `String[] TLS_PROTOCOLS = {"TLSv1", "TLSv1.1"};`.
(variable_declarator
  name: (identifier) @_n
  value: [(string_literal) @pin.value
          (array_initializer) @pin.value
          (array_creation_expression value: (array_initializer) @pin.value)]
  (#match? @_n "(?i)proto|tls|ssl")
  (#match? @pin.value "^(\"(TLSv1(\\.[01])?|SSLv[23])\"|\\{\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0))(\\s*,\\s*(\"(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)\"|(TlsVersion\\.)?(TLS_1_[01]|SSL_3_0)))*\\s*,?\\s*\\})$")
  (#set! pinscan.rule "PIN502")) @pin

;; System.setProperty("https.protocols" | "jdk.tls.client.protocols", "TLSv1,TLSv1.1").
(method_invocation
  name: (identifier) @_m @pin.start
  arguments: (argument_list . (string_literal) @_k . (string_literal) @pin.value .)
  (#eq? @_m "setProperty")
  (#match? @_k "protocols")
  (#match? @pin.value "^\"\\s*(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello)(\\s*,\\s*(TLSv1(\\.[01])?|SSLv[23]|SSLv2Hello))*\\s*\"$")
  (#set! pinscan.rule "PIN502")) @pin
