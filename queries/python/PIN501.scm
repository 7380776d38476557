;; gate: verify= verify_ssl verify_certs ssl_verify verify_cert ssl_verify_cert tls_verify validate_certs
;; gate: check_hostname ssl_check_hostname assert_hostname verify_hostname ssl_verify_identity
;; gate: tlsAllowInvalidCertificates tlsAllowInvalidHostnames tlsInsecure ssl_insecure tls_insecure insecure_skip_verify disable_ssl_certificate_validation
;; gate: CERT_NONE VERIFY_NONE cert_reqs ssl_cert_reqs _create_unverified_context _create_default_https_context
;; gate: set_verify tls_insecure_set PYTHONHTTPSVERIFY CURL_CA_BUNDLE REQUESTS_CA_BUNDLE
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; PIN501: certificate or host-name verification switched off.
; Not findings: verify=True, check_hostname = True, CERT_REQUIRED, comparisons such as
; `if ctx.verify_mode == ssl.CERT_NONE`, imports, urllib3.disable_warnings(...) (it only
; silences the warning; the verify=False next to it is the finding).
;
; Gate: every pattern names its keyword, key, attribute, constant or function literally;
; `verify`, common in other senses, counts only where it is given a value (`verify=`: a
; keyword argument, a dict key, an assigned attribute), as in every pattern that names it.

; requests / httpx / botocore / hvac: verify=False (jwt.decode(verify=False) is not TLS, nor
; is a dispatcher's or a partial's `verify=False`: numpy's
; `@array_function_dispatch(_dispatcher, verify=False)` checks a signature).
(_
  function: (_) @_fn
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_kw
      value: [(false) (integer)] @_v) @pin @pin.value)
  (#any-of? @_kw "verify" "verify_ssl" "verify_certs" "ssl_verify" "verify_cert" "ssl_verify_cert" "tls_verify" "validate_certs" "check_hostname" "ssl_check_hostname" "assert_hostname" "verify_hostname" "ssl_verify_identity")
  (#any-of? @_v "False" "0")
  (#not-match? @_fn "(?i)jwt|decode|signature|dispatch|partial"))

; {"verify": False} options dict, Django/SQLAlchemy {"ssl": {"check_hostname": False}}.
(pair
  key: (string) @_k
  value: (false)
  (#match? @_k "^[\"'](verify|verify_ssl|verify_certs|ssl_verify|ssl_verify_cert|check_hostname|ssl_check_hostname|assert_hostname|verify_hostname)[\"']$")) @pin @pin.value

; session.verify = False / ctx.check_hostname = False.
(assignment
  left: (_ attribute: (identifier) @_attr)
  right: (false)
  (#any-of? @_attr "verify" "check_hostname" "verify_ssl" "verify_certs" "assert_hostname" "ssl_verify")) @pin @pin.value

; pymongo tlsAllowInvalidCertificates=True / tlsAllowInvalidHostnames=True / tlsInsecure=True,
; aiohttp/others insecure=True-style switches with an unambiguous name.
(keyword_argument
  name: (identifier) @_kw
  value: (true)
  (#any-of? @_kw "tlsAllowInvalidCertificates" "tlsAllowInvalidHostnames" "tlsInsecure" "ssl_insecure" "tls_insecure" "insecure_skip_verify" "disable_ssl_certificate_validation")) @pin @pin.value

; ssl.CERT_NONE / CERT_NONE / "CERT_NONE" (urllib3) / pyOpenSSL SSL.VERIFY_NONE passed,
; assigned or put in an options dict.
([
  (assignment left: [(identifier) (attribute) (_ subscript: (string))] right: [
    (_ attribute: (identifier) @_n)
    (identifier) @_n
    (string (string_content) @_n)
  ] @pin @pin.value)
  (keyword_argument value: [
    (_ attribute: (identifier) @_n)
    (identifier) @_n
    (string (string_content) @_n)
  ] @pin @pin.value)
  (pair key: [(string) (identifier)] value: [
    (_ attribute: (identifier) @_n)
    (identifier) @_n
    (string (string_content) @_n)
  ] @pin @pin.value)
  (default_parameter value: [
    (_ attribute: (identifier) @_n)
    (identifier) @_n
  ] @pin @pin.value)
  (argument_list [
    (_ attribute: (identifier) @_n)
    (identifier) @_n
  ] @pin @pin.value)
]
  (#any-of? @_n "CERT_NONE" "VERIFY_NONE"))

; cert_reqs="none" / ssl_cert_reqs="none" (redis-py, urllib3 accept the short spelling).
(keyword_argument
  name: (identifier) @_kw
  value: (string (string_content) @_v)
  (#any-of? @_kw "cert_reqs" "ssl_cert_reqs")
  (#match? @_v "^(?i:none)$")) @pin @pin.value

; ssl._create_unverified_context() and the "global" monkey-patch
; ssl._create_default_https_context = ssl._create_unverified_context.
((_
  function: [
    (_ attribute: (identifier) @_fn)
    (identifier) @_fn
  ]) @pin @pin.value
  (#eq? @_fn "_create_unverified_context"))

((assignment
  left: (_ attribute: (identifier) @_attr)
  right: (_) @pin.value) @pin
  (#eq? @_attr "_create_default_https_context")
  (#not-match? @pin.value "create_default_context"))

; pyOpenSSL: ctx.set_verify(SSL.VERIFY_PEER, lambda *args: True) accepts every certificate.
((_
  function: (_ attribute: (identifier) @_fn @pin.start)
  arguments: (argument_list
    (_)
    (lambda body: [(true) (integer)] @_ret) @pin.value)) @pin
  (#eq? @_fn "set_verify")
  (#any-of? @_ret "True" "1"))

; paho-mqtt: client.tls_insecure_set(True).
((_
  function: (_ attribute: (identifier) @_fn @pin.start)
  arguments: (argument_list . (true) .)) @pin @pin.value
  (#eq? @_fn "tls_insecure_set"))

; Process-wide: os.environ["PYTHONHTTPSVERIFY"] = "0", os.environ["CURL_CA_BUNDLE"] = ""
; (an empty CA bundle makes requests skip verification).
((assignment
  left: (_ value: (_) @_env subscript: (string) @_k)
  right: (string) @_v) @pin @pin.value
  (#match? @_env "environ$")
  (#match? @_k "^[\"'](PYTHONHTTPSVERIFY|CURL_CA_BUNDLE|REQUESTS_CA_BUNDLE)[\"']$")
  (#match? @_v "^[\"'](0)?[\"']$"))
