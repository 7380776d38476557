# Generates queries/java/*.scm: edit this script, run it, commit both.
import pathlib
OUT = str(pathlib.Path(__file__).resolve().parents[2] / "queries" / "java") + "/"

def alt(*xs, ind="  "):
    return "[\n" + "\n".join(ind + "  " + x for x in xs) + "\n" + ind + "]"

def chain(call):
    """`call`, or `call` followed by one more call (`b.add(..).build()`, `b.add(..).add(..)`)."""
    return f"[{call} (method_invocation object: {call})]"

def _level0(expr):
    return [f"(expression_statement {expr})",
            f"(return_statement {expr})",
            f"(local_variable_declaration declarator: (variable_declarator value: {expr}))",
            # `list.forEach(x -> call)` / `{ call; }`
            f"(expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [{expr} (block (expression_statement {expr}))]))))"]

def _wrap(inner, kinds):
    out = []
    body = f"[{inner} (block {inner})]"
    for k in kinds:
        if k in ("enhanced_for_statement", "for_statement", "while_statement"):
            out.append(f"({k} body: {body})")
        elif k == "if_statement":
            out.append(f"(if_statement consequence: {body})")
        else:
            out.append(f"({k} body: (block {inner}))")
    return out

WRAPPERS = ["enhanced_for_statement", "for_statement", "while_statement", "if_statement",
            "try_statement", "try_with_resources_statement"]

def in_stmt(call, ind="    ", chained=False, forms=None, wrappers=WRAPPERS):
    """`call` as (part of) a statement, directly or one level down in a loop / if / try."""
    expr = chain(call) if chained else call
    l0 = _level0(expr)
    if forms is not None:
        l0 = [l0[i] for i in forms]
    a0 = "[" + " ".join(l0) + "]" if len(l0) > 1 else l0[0]
    return alt(*(l0 + _wrap(a0, wrappers)), ind=ind)

# ---------------- PIN110 ----------------
ADD = ('(method_invocation'
       ' object: [(identifier) @_o'
       ' (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))]'
       ' name: (identifier) @_m (#eq? @_m "add")'
       ' arguments: (argument_list . (_) @pin.value) @pin)')

DECL_LOCAL = '(local_variable_declaration declarator: (variable_declarator name: (identifier) @_v)) @_decl'
DECL_FIELD = '(field_declaration declarator: (variable_declarator name: (identifier) @_v)) @_decl'

PIN_ARG = '"(?i)pin|spki|sha-?(1|256)|hash|fingerprint|key"'
# Header-style first arguments ("X-Api-Key", "Public-Key-Pins") are not host patterns.
NOT_HOST = '"^[0-9]|^\\"[^.*]*\\"$"'
pin110 = f""";; PIN110 OkHttp CertificatePinner pins. The prefilter only runs these on files that mention
;; CertificatePinner. Keep in sync with queries/kotlin/okhttp.scm.

;; Gate: every pattern below pins the method name `add` with #eq? on an identifier (the
;; `CertificatePinner` test of the first pattern is an unanchored regex, so it cannot gate).
;; pinscan-gate PIN110: add

;; Every `.add(host, pins...)` on a CertificatePinner builder chain
;; (`new CertificatePinner.Builder().add(...)`, `new okhttp3.CertificatePinner.Builder()`).
(method_invocation
  object: (_) @_object
  name: (identifier) @_method
  arguments: (argument_list . (_) @pin.value) @pin
  (#eq? @_method "add")
  (#match? @_object "CertificatePinner")
  (#set! pinscan.rule "PIN110"))

;; `anything.add(host, "sha256/...")`: the pin spelling is OkHttp's.
(method_invocation
  name: (identifier) @_method
  arguments: (argument_list . (_) @pin.value (string_literal) @_pin) @pin
  (#eq? @_method "add")
  (#match? @_pin "^\\"sha(1|256)/")
  (#set! pinscan.rule "PIN110"))

;; `builder.add(host, pin)` / `(pattern, PRIMARY_PIN, backupPin)` / `(host, *pins)` on a builder
;; variable, in a file that uses CertificatePinner: the second argument is named like a pin.
(method_invocation
  object: [(identifier) (method_invocation)]
  name: (identifier) @_method
  arguments: (argument_list . (_) @pin.value . (_) @_pin) @pin
  (#eq? @_method "add")
  (#not-match? @pin.value {NOT_HOST})
  (#match? @_pin {PIN_ARG})
  (#set! pinscan.rule "PIN110"))

;; A builder kept in a local variable, then `builder.add(host, key)` in the same block:
;; directly, in a loop / if / try, in a `forEach` lambda, or chained `.add(..).add(..)`.
(block
  {DECL_LOCAL}
  {in_stmt(ADD, chained=True, wrappers=["enhanced_for_statement", "for_statement"])}
  (#match? @_decl "CertificatePinner")
  (#eq? @_v @_o)
  (#set! pinscan.rule "PIN110"))

;; A builder kept in a field and filled in a method or constructor of the same class.
(class_body
  {DECL_FIELD}
  [(method_declaration body: (block {in_stmt(ADD, ind="      ", chained=True, forms=[0, 1, 2], wrappers=[])}))
   (constructor_declaration body: (constructor_body {in_stmt(ADD, ind="      ", chained=True, forms=[0], wrappers=[])}))]
  (#match? @_decl "CertificatePinner")
  (#eq? @_v @_o)
  (#set! pinscan.rule "PIN110"))
"""

open(OUT + "okhttp.scm", "w").write(pin110)

# ---------------- PIN305 / PIN111 / PIN501 ----------------
POP = ('[(method_invocation object: (identifier) @_ks name: (identifier) @_set'
       ' arguments: (argument_list (_) . (_) @pin.value .) (#eq? @_set "setCertificateEntry"))'
       ' (method_invocation object: (identifier) @_ks name: (identifier) @_load'
       ' arguments: (argument_list . (_) @pin.value) (#eq? @_load "load"))]')
INIT = ('(method_invocation object: (_) name: (identifier) @_init'
        ' arguments: (argument_list . (identifier) @_arg .) (#eq? @_init "init")) @pin')

NOT_PLATFORM = ('"cacerts|java\\\\.home|AndroidCAStore|Windows-ROOT|KeychainStore|getAcceptedIssuers'
                '|getDefaultTrustStore|SystemTrust"')

LAMBDA_TRUE = '(lambda_expression body: [(true) (block (return_statement (true))) @_lb]) @pin'
# A lambda/method body that returns true with no condition: no if / ?: / false / throw.
NO_DECISION = '"\\\\bif\\\\b|\\\\?|\\\\bfalse\\\\b|switch|throw|\\\\bverify\\\\b"'
TRUST_ALL_TYPES = '"(^|\\\\.)(HostnameVerifier|TrustStrategy)$"'

trust = f""";; Java trust decisions: PIN305 (trust store of chosen certificates), PIN111 (custom
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
  {in_stmt(POP, forms=[0, 3])}
  {in_stmt(INIT, forms=[0], wrappers=["try_statement", "if_statement"])}) @_blk
  (#eq? @_ks @_arg)
  (#not-match? @pin.value "^null$")
  (#not-match? @_blk {NOT_PLATFORM})
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
  (#match? @_body "getPublicKey|getEncoded|X500Principal|get(Issuer|Subject)DN|getSerialNumber|MessageDigest|(?i:fingerprint|thumbprint|spki|sha-?256|sha-?1\\\\b|pinned|pinset)")
  (#match? @_body "\\\\bthrow\\\\s+(new\\\\s+)?[A-Za-z_][\\\\w.]*\\\\s*[(;]|(equals\\\\w*|contains\\\\w*|isEqual|compare\\\\w*|matches|startsWith|endsWith)\\\\s*\\\\(|[=!]=")
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
  (#not-match? @_body "\\\\bthrow\\\\s+(new\\\\s+)?[A-Za-z_][\\\\w.]*\\\\s*[(;]|([Cc]heck|[Vv]erif|[Vv]alid|[Ee]nforce|[Ee]nsure)\\\\w*\\\\s*\\\\(|\\\\bassert\\\\b|\\\\bsuper\\\\.|\\\\.init\\\\s*\\\\(|(?i:pinn\\\\w*\\\\s*\\\\()")
  (#set! pinscan.rule "PIN501"))

;; HostnameVerifier.verify(String, SSLSession) that just returns true.
(method_declaration
  name: (identifier) @pin
  parameters: (formal_parameters (formal_parameter) . (formal_parameter type: (_) @_st) .)
  body: (block (return_statement (true))) @_body
  (#eq? @pin "verify")
  (#match? @_st "(^|\\\\.)SSLSession$")
  (#not-match? @_body {NO_DECISION})
  (#set! pinscan.rule "PIN501"))

;; `(hostname, session) -> true` passed as a host-name verifier or Apache trust strategy.
(method_invocation
  name: (identifier) @_m
  arguments: (argument_list {LAMBDA_TRUE})
  (#match? @_m "(?i)hostnameverifier$|^loadTrustMaterial$")
  (#not-match? @_lb {NO_DECISION})
  (#set! pinscan.rule "PIN501"))

(object_creation_expression
  type: (_) @_t
  arguments: (argument_list {LAMBDA_TRUE})
  (#match? @_t "(^|\\\\.)SSL(Connection)?SocketFactory$")
  (#not-match? @_lb {NO_DECISION})
  (#set! pinscan.rule "PIN501"))

;; ... or stored / cast / returned as a HostnameVerifier or TrustStrategy.
([(local_variable_declaration type: (_) @_t declarator: (variable_declarator value: {LAMBDA_TRUE}))
  (field_declaration type: (_) @_t declarator: (variable_declarator value: {LAMBDA_TRUE}))
  (cast_expression type: (_) @_t value: {LAMBDA_TRUE})
  (method_declaration type: (_) @_t body: (block (return_statement {LAMBDA_TRUE})))]
  (#match? @_t {TRUST_ALL_TYPES})
  (#not-match? @_lb {NO_DECISION})
  (#set! pinscan.rule "PIN501"))

;; Library trust-all objects: `NoopHostnameVerifier.INSTANCE`, `new NoopHostnameVerifier()`,
;; `SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER`, `TrustAllStrategy.INSTANCE`,
;; `new TrustSelfSignedStrategy()`, Netty's `InsecureTrustManagerFactory.INSTANCE`.
((field_access object: (_) @_c field: (identifier) @_f) @pin
  (#match? @_c "(^|\\\\.)(NoopHostnameVerifier|AllowAllHostnameVerifier|TrustAllStrategy|TrustSelfSignedStrategy|InsecureTrustManagerFactory)$")
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
  (#match? @_t "(^|\\\\.)(NoopHostnameVerifier|AllowAllHostnameVerifier|TrustAllStrategy|TrustSelfSignedStrategy)$")
  (#set! pinscan.rule "PIN501"))
"""
open(OUT + "trust.scm", "w").write(trust)

# ---------------- PIN502 ----------------
ITEM = '(\\"(TLSv1(\\\\.[01])?|SSLv[23]|SSLv2Hello)\\"|(TlsVersion\\\\.)?(TLS_1_[01]|SSL_3_0))'
LIST_PAREN = f'"^\\\\(\\\\s*{ITEM}(\\\\s*,\\\\s*{ITEM})*\\\\s*,?\\\\s*\\\\)$"'
LIST_BRACE = f'"^\\\\{{\\\\s*{ITEM}(\\\\s*,\\\\s*{ITEM})*\\\\s*,?\\\\s*\\\\}}$"'
ONE = '"^\\"(TLSv1(\\\\.[01])?|SSLv[23])\\"$"'
CSV = '"^\\"\\\\s*(TLSv1(\\\\.[01])?|SSLv[23]|SSLv2Hello)(\\\\s*,\\\\s*(TLSv1(\\\\.[01])?|SSLv[23]|SSLv2Hello))*\\\\s*\\"$"'

protocols = f""";; PIN502 Java: TLS 1.0 / 1.1 (or SSLv3) chosen explicitly. "TLS", "TLSv1.2", "TLSv1.3"
;; and lists that include TLS 1.2+ stay silent. Keep in sync with queries/kotlin/protocols.scm.
;; Gate: every pattern's value regex needs one of these as a whole token (inside "...", after
;; `TlsVersion.`, before `.0` / `.1` / `"` / `,`).
;; pinscan-gate PIN502: TLSv1 SSLv2 SSLv3 SSLv2Hello TLS_1_0 TLS_1_1 SSL_3_0

;; SSLContext.getInstance("TLSv1") / ("TLSv1.1") / ("SSLv3"), also fully qualified.
(method_invocation
  object: (_) @_c
  name: (identifier) @_m @pin.start
  arguments: (argument_list . (string_literal) @pin.value)
  (#match? @_c "(^|\\\\.)SSLContext$")
  (#eq? @_m "getInstance")
  (#match? @pin.value {ONE})
  (#set! pinscan.rule "PIN502")) @pin

;; setEnabledProtocols(new String[]{{"TLSv1", "TLSv1.1"}}) / SSLParameters.setProtocols(...):
;; every listed protocol is deprecated.
(method_invocation
  name: (identifier) @_m @pin.start
  arguments: (argument_list . [(array_creation_expression value: (array_initializer) @pin.value)
                               (array_initializer) @pin.value] .)
  (#any-of? @_m "setEnabledProtocols" "setProtocols")
  (#match? @pin.value {LIST_BRACE})
  (#set! pinscan.rule "PIN502")) @pin

;; Varargs forms: OkHttp ConnectionSpec.Builder.tlsVersions(TlsVersion.TLS_1_0, ...) or
;; tlsVersions("TLSv1"), setEnabledProtocols("TLSv1").
(method_invocation
  name: (identifier) @_m @pin.start
  arguments: (argument_list) @pin.value
  (#any-of? @_m "tlsVersions" "setEnabledProtocols" "setProtocols")
  (#match? @pin.value {LIST_PAREN})
  (#set! pinscan.rule "PIN502")) @pin

;; A protocol constant or list: `static final String PROTOCOL = "TLSv1";`,
;; `String[] TLS_PROTOCOLS = {{"TLSv1", "TLSv1.1"}};`.
(variable_declarator
  name: (identifier) @_n
  value: [(string_literal) @pin.value
          (array_initializer) @pin.value
          (array_creation_expression value: (array_initializer) @pin.value)]
  (#match? @_n "(?i)proto|tls|ssl")
  (#match? @pin.value "^(\\"(TLSv1(\\\\.[01])?|SSLv[23])\\"|\\\\{{\\\\s*{ITEM}(\\\\s*,\\\\s*{ITEM})*\\\\s*,?\\\\s*\\\\}})$")
  (#set! pinscan.rule "PIN502")) @pin

;; System.setProperty("https.protocols" | "jdk.tls.client.protocols", "TLSv1,TLSv1.1").
(method_invocation
  name: (identifier) @_m @pin.start
  arguments: (argument_list . (string_literal) @_k . (string_literal) @pin.value .)
  (#eq? @_m "setProperty")
  (#match? @_k "protocols")
  (#match? @pin.value {CSV})
  (#set! pinscan.rule "PIN502")) @pin
"""
open(OUT + "protocols.scm", "w").write(protocols)
