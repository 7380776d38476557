# Generates queries/kotlin/*.scm.
import os
import pathlib
OUT = str(pathlib.Path(__file__).resolve().parents[2] / "queries" / "kotlin") + "/"
os.makedirs(OUT, exist_ok=True)

def alt(*xs, ind="  "):
    return "[\n" + "\n".join(ind + "  " + x for x in xs) + "\n" + ind + "]"

def nav(recv, name):
    """`recv.name` callee (kotlin-ng: receiver, then the member identifier last)."""
    return f"(navigation_expression {recv} (identifier) {name} .)"

# ---------------- PIN110 ----------------
PIN_ARG = '"(?i)pin|spki|sha-?(1|256)|hash|fingerprint|key"'
# Header-style first arguments ("X-Api-Key", "Public-Key-Pins") are not host patterns.
NOT_HOST = '"^[0-9]|^\\"[^.*]*\\"$"'
ADD = (f'(call_expression {nav("[(identifier) @_o (call_expression " + nav("(identifier) @_o", "@_m0") + ")]", "@_m")}'
       ' (value_arguments . (value_argument (_) @pin.value)) @pin)')
ADD_CHAIN = f'[{ADD} (call_expression (navigation_expression {ADD} (identifier) .))]'

def stmts(e):
    """`e` as a statement: directly, as a declaration's value, in a for loop, in a
    `forEach { }` / `let { }` lambda."""
    return alt(
        e,
        f"(property_declaration {e})",
        f"(for_statement [{e} (block {e})])",
        f"(call_expression (annotated_lambda (lambda_literal {e})))",
        ind="  ")

pin110 = f""";; PIN110 OkHttp CertificatePinner pins (Kotlin). The prefilter only runs these on files that
;; mention CertificatePinner. Keep in sync with queries/java/okhttp.scm.

;; Gate: every pattern below pins the function name `add` with #eq? on an identifier (the
;; `CertificatePinner` tests are unanchored regexes, so they cannot gate).
;; pinscan-gate PIN110: add

;; `.add(host, pins...)` on a CertificatePinner builder chain: `CertificatePinner.Builder().add(...)`.
(call_expression
  {nav("(_) @_object", "@_method")}
  (value_arguments . (value_argument (_) @pin.value)) @pin
  (#eq? @_method "add")
  (#match? @_object "CertificatePinner")
  (#set! pinscan.rule "PIN110"))

;; `CertificatePinner.Builder().apply {{ add(host, pin) }}` (also `run`, `with`-style receivers).
(call_expression
  {nav("(_) @_object", "@_scope")}
  (annotated_lambda
    (lambda_literal
      (call_expression
        (identifier) @_method
        (value_arguments . (value_argument (_) @pin.value)) @pin)))
  (#any-of? @_scope "apply" "run")
  (#eq? @_method "add")
  (#match? @_object "CertificatePinner")
  (#set! pinscan.rule "PIN110"))

;; `anything.add(host, "sha256/...")` / `add(host, "sha256/...")`: the pin spelling is OkHttp's.
(call_expression
  [{nav("(_)", "@_method")} (identifier) @_method]
  (value_arguments . (value_argument (_) @pin.value) (value_argument (string_literal) @_pin)) @pin
  (#eq? @_method "add")
  (#match? @_pin "^\\"sha(1|256)/")
  (#set! pinscan.rule "PIN110"))

;; `builder.add(host, pin)` / `add(pattern, *pins)` in a file that uses CertificatePinner: the
;; second argument is named like a pin.
(call_expression
  [{nav("[(identifier) (call_expression)]", "@_method")} (identifier) @_method]
  (value_arguments . (value_argument (_) @pin.value) . (value_argument) @_pin) @pin
  (#eq? @_method "add")
  (#not-match? @pin.value {NOT_HOST})
  (#match? @_pin {PIN_ARG})
  (#set! pinscan.rule "PIN110"))

;; `val builder = CertificatePinner.Builder()` then `builder.add(host, key)` in the same block
;; (directly, chained, in a for loop or a forEach lambda).
(block
  (property_declaration (variable_declaration (identifier) @_v)) @_decl
  {stmts(ADD_CHAIN)}
  (#match? @_decl "CertificatePinner")
  (#eq? @_v @_o)
  (#set! pinscan.rule "PIN110"))
"""
open(OUT + "okhttp.scm", "w").write(pin110)

# ---------------- PIN305 ----------------
POP_RECV = ('[(call_expression ' + nav("(identifier) @_ks", "@_set") +
            ' (value_arguments (value_argument) . (value_argument (_) @pin.value) .) (#eq? @_set "setCertificateEntry"))'
            ' (call_expression ' + nav("(identifier) @_ks", "@_load") +
            ' (value_arguments . (value_argument (_) @pin.value)) (#eq? @_load "load"))]')
POP_BARE = ('[(call_expression (identifier) @_set'
            ' (value_arguments (value_argument) . (value_argument (_) @pin.value) .) (#eq? @_set "setCertificateEntry"))'
            ' (call_expression (identifier) @_load'
            ' (value_arguments . (value_argument (_) @pin.value)) (#eq? @_load "load"))]')
POP_STMT = alt(
    POP_RECV,
    f"(try_expression (block {POP_RECV}))",
    f"(for_statement [{POP_RECV} (block {POP_RECV})])",
    f"(if_expression [{POP_RECV} (block {POP_RECV})])",
    # `stream.use {{ ks.load(it, pw) }}`, `certs.forEach {{ ks.setCertificateEntry(..) }}`
    f"(call_expression (annotated_lambda (lambda_literal {POP_RECV})))",
    # `val ks = KeyStore.getInstance(..).apply {{ load(null, null); setCertificateEntry("ca", ca) }}`
    f"(property_declaration (variable_declaration (identifier) @_ks) (call_expression (navigation_expression (_) (identifier) .) (annotated_lambda (lambda_literal {POP_BARE}))))",
    ind="  ")
INIT_RECV = ('(call_expression ' + nav("(_)", "@_init") +
             ' (value_arguments . (value_argument (identifier) @_arg) .) (#eq? @_init "init")) @pin')
INIT_BARE = ('(call_expression (identifier) @_init'
             ' (value_arguments . (value_argument (identifier) @_arg) .) (#eq? @_init "init")) @pin')
APPLY_INIT = f"(call_expression (navigation_expression (_) (identifier) .) (annotated_lambda (lambda_literal {INIT_BARE})))"
INIT_STMT = alt(
    INIT_RECV,
    f"(try_expression (block {INIT_RECV}))",
    # `val tmf = TrustManagerFactory.getInstance(alg).apply {{ init(ks) }}` (optionally `.trustManagers`)
    f"(property_declaration [{APPLY_INIT} (navigation_expression {APPLY_INIT} (identifier) .)])",
    APPLY_INIT,
    ind="  ")
NOT_PLATFORM = ('"cacerts|java\\\\.home|AndroidCAStore|Windows-ROOT|KeychainStore|acceptedIssuers|getAcceptedIssuers'
                '|getDefaultTrustStore|SystemTrust"')

TRUE = '(identifier) @_t'
NO_DECISION = '"\\\\bif\\\\b|\\\\bwhen\\\\b|\\\\?|\\\\bfalse\\\\b|throw|\\\\bverify\\\\b|&&|\\\\|\\\\||=="'
LAMBDA_TRUE = f'(lambda_literal (lambda_parameters) {TRUE}) @pin'
TRUST_ALL = "(^|\\\\.)(NoopHostnameVerifier|AllowAllHostnameVerifier|TrustAllStrategy|TrustSelfSignedStrategy|InsecureTrustManagerFactory)$"

trust = f""";; Kotlin trust decisions: PIN305 (trust store of chosen certificates), PIN111 (custom
;; checkServerTrusted comparing certificate properties), PIN501 (trust-all managers and host-name
;; verifiers). Keep in sync with queries/java/trust.scm.

;; ---------------------------------------------------------------- PIN305
;; Gate: every match calls `setCertificateEntry` or `load` (#eq?) and also `init`; in Kotlin
;; `init` is also the initializer-block keyword, so the store side is the rarer one.
;; pinscan-gate PIN305: setCertificateEntry load
;; `ks.setCertificateEntry(alias, cert)` / `ks.load(stream, password)` (also inside
;; `KeyStore.getInstance(..).apply {{ }}`, `use {{ }}`, try, for), then `tmf.init(ks)` (or
;; `TrustManagerFactory.getInstance(..).apply {{ init(ks) }}`) in the same block.
((block
  {POP_STMT}
  {INIT_STMT}) @_blk
  (#eq? @_ks @_arg)
  (#not-match? @pin.value "^null$")
  (#not-match? @_blk {NOT_PLATFORM})
  (#set! pinscan.rule "PIN305"))

;; ---------------------------------------------------------------- PIN111
;; pinscan-gate PIN111: checkServerTrusted
;; checkServerTrusted looking at the peer's key, encoding / digest, issuer or subject, serial,
;; and comparing or rejecting.
(function_declaration
  name: (identifier) @pin
  (function_body) @_body
  (#eq? @pin "checkServerTrusted")
  (#match? @_body "publicKey|getPublicKey|\\\\.encoded\\\\b|getEncoded|X500Principal|issuerDN|subjectDN|get(Issuer|Subject)DN|serialNumber|getSerialNumber|MessageDigest|(?i:fingerprint|thumbprint|spki|sha-?256|sha-?1\\\\b|pinned|pinset)")
  (#match? @_body "\\\\bthrow\\\\s+[A-Za-z_][\\\\w.]*|(equals\\\\w*|contains\\\\w*|isEqual|compare\\\\w*|matches|startsWith|endsWith|require|check|error|any|none|all)\\\\s*[({{]|[=!]=|!in\\\\b")
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
  (#not-match? @_body "\\\\bthrow\\\\s+[A-Za-z_][\\\\w.]*\\\\s*[(\\\\n]|\\\\bthrow\\\\s+[a-z]\\\\w*\\\\s*$|([Cc]heck|[Vv]erif|[Vv]alid|[Ee]nforce|[Ee]nsure|assert)\\\\w*\\\\s*[({{]|(^|[^.\\\\w])(require|error|TODO)\\\\w*\\\\s*[({{]|\\\\bsuper\\\\.|\\\\.init\\\\s*\\\\(|(?i:pinn\\\\w*\\\\s*\\\\()")
  (#set! pinscan.rule "PIN501"))

;; HostnameVerifier.verify(hostname, session) = true / {{ return true }}.
(function_declaration
  name: (identifier) @pin
  (function_value_parameters (parameter) (parameter (_) @_st))
  (function_body [{TRUE} (block (return_expression {TRUE}))]) @_body
  (#eq? @pin "verify")
  (#eq? @_t "true")
  (#match? @_st "SSLSession")
  (#not-match? @_body {NO_DECISION})
  (#set! pinscan.rule "PIN501"))

;; `hostnameVerifier {{ _, _ -> true }}`, `setHostnameVerifier({{ _, _ -> true }})`,
;; `loadTrustMaterial(null) {{ _, _ -> true }}`.
(call_expression
  [{nav("(_)", "@_m")} (identifier) @_m]
  [(annotated_lambda {LAMBDA_TRUE}) (value_arguments (value_argument {LAMBDA_TRUE}))]
  (#match? @_m "(?i)hostnameverifier$|^loadTrustMaterial$|^HostnameVerifier$|^TrustStrategy$")
  (#eq? @_t "true")
  (#not-match? @pin {NO_DECISION})
  (#set! pinscan.rule "PIN501"))

;; `object : HostnameVerifier` is covered by `verify` above. Library trust-all objects:
;; `NoopHostnameVerifier.INSTANCE`, `NoopHostnameVerifier()`, `ALLOW_ALL_HOSTNAME_VERIFIER`,
;; `TrustAllStrategy.INSTANCE`, `InsecureTrustManagerFactory.INSTANCE`.
((navigation_expression (_) @_c (identifier) @_f .) @pin
  (#match? @_c "{TRUST_ALL}")
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
"""
open(OUT + "trust.scm", "w").write(trust)

# ---------------- PIN502 ----------------
ITEM = '(\\"(TLSv1(\\\\.[01])?|SSLv[23]|SSLv2Hello)\\"|(TlsVersion\\\\.)?(TLS_1_[01]|SSL_3_0))'
LIST_PAREN = f'"^\\\\(\\\\s*{ITEM}(\\\\s*,\\\\s*{ITEM})*\\\\s*,?\\\\s*\\\\)$"'
ONE = '"^\\"(TLSv1(\\\\.[01])?|SSLv[23])\\"$"'
CSV = '"^\\"\\\\s*(TLSv1(\\\\.[01])?|SSLv[23]|SSLv2Hello)(\\\\s*,\\\\s*(TLSv1(\\\\.[01])?|SSLv[23]|SSLv2Hello))*\\\\s*\\"$"'
ARRAY = '(call_expression (identifier) @_ctor (value_arguments) @pin.value (#match? @_ctor "^(arrayOf|listOf|setOf|mutableListOf)$"))'

protocols = f""";; PIN502 Kotlin: TLS 1.0 / 1.1 (or SSLv3) chosen explicitly. "TLS", "TLSv1.2", "TLSv1.3" and
;; lists that include TLS 1.2+ stay silent. Keep in sync with queries/java/protocols.scm.
;; Gate: every pattern's value regex needs one of these as a whole token (inside "...", after
;; `TlsVersion.`, before `.0` / `.1` / `"` / `,`).
;; pinscan-gate PIN502: TLSv1 SSLv2 SSLv3 SSLv2Hello TLS_1_0 TLS_1_1 SSL_3_0

;; SSLContext.getInstance("TLSv1") / ("TLSv1.1") / ("SSLv3").
(call_expression
  {nav("(_) @_c", "@_m @pin.start")}
  (value_arguments . (value_argument (string_literal) @pin.value))
  (#match? @_c "(^|\\\\.)SSLContext$")
  (#eq? @_m "getInstance")
  (#match? @pin.value {ONE})
  (#set! pinscan.rule "PIN502")) @pin

;; `socket.enabledProtocols = arrayOf("TLSv1", "TLSv1.1")`, `sslParameters.protocols = ...`.
(assignment
  left: {nav("(_)", "@_p @pin.start")}
  right: {ARRAY}
  (#any-of? @_p "enabledProtocols" "protocols")
  (#match? @pin.value {LIST_PAREN})
  (#set! pinscan.rule "PIN502")) @pin

;; `setEnabledProtocols(arrayOf("TLSv1"))`, `tlsVersions(TlsVersion.TLS_1_0, TlsVersion.TLS_1_1)`.
(call_expression
  {nav("(_)", "@_m @pin.start")}
  (value_arguments . (value_argument {ARRAY}) .)
  (#any-of? @_m "setEnabledProtocols" "setProtocols")
  (#match? @pin.value {LIST_PAREN})
  (#set! pinscan.rule "PIN502")) @pin

(call_expression
  {nav("(_)", "@_m @pin.start")}
  (value_arguments) @pin.value
  (#any-of? @_m "tlsVersions" "setEnabledProtocols" "setProtocols")
  (#match? @pin.value {LIST_PAREN})
  (#set! pinscan.rule "PIN502")) @pin

;; `const val TLS_PROTOCOL = "TLSv1"`, `val LEGACY_PROTOCOLS = arrayOf("TLSv1", "TLSv1.1")`.
((property_declaration
  (variable_declaration (identifier) @_n)
  [(string_literal) @pin.value {ARRAY}]) @pin
  (#match? @_n "(?i)proto|tls|ssl")
  (#match? @pin.value "^(\\"(TLSv1(\\\\.[01])?|SSLv[23])\\"|\\\\(\\\\s*{ITEM}(\\\\s*,\\\\s*{ITEM})*\\\\s*,?\\\\s*\\\\))$")
  (#set! pinscan.rule "PIN502"))

;; System.setProperty("https.protocols" | "jdk.tls.client.protocols", "TLSv1,TLSv1.1").
(call_expression
  {nav("(_)", "@_m @pin.start")}
  (value_arguments . (value_argument (string_literal) @_k) . (value_argument (string_literal) @pin.value) .)
  (#eq? @_m "setProperty")
  (#match? @_k "protocols")
  (#match? @pin.value {CSV})
  (#set! pinscan.rule "PIN502")) @pin
"""
open(OUT + "protocols.scm", "w").write(protocols)
