;; gate: verify= ssl_ca ssl_ca_certs ssl_cafile ssl_ca_file ssl_ca_cert tlsCAFile tls_ca_file tls_ca_cert
;; gate: sslrootcert ca_certs ca_cert ca_file ca_bundle root_certificates ca cafile capath load_verify_locations
;; gate: server_verification_cert
;; gate: PGSSLROOTCERT REQUESTS_CA_BUNDLE SSL_CERT_FILE CURL_CA_BUNDLE GRPC_DEFAULT_SSL_ROOTS_FILE_PATH NODE_EXTRA_CA_CERTS_NOT
;; gate: \asslrootcert \bsslrootcert \fsslrootcert \nsslrootcert \rsslrootcert \tsslrootcert \vsslrootcert
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; PIN306: a Python client that trusts only a given CA file.
; Not pinning (and silent): certifi's bundle, the system store's own files
; (/etc/ssl/certs/ca-certificates.crt, /etc/pki/tls/certs/ca-bundle.crt, ...),
; ssl.get_default_verify_paths(), libpq's sslrootcert=system, None.
;
; Gate: every pattern needs its keyword / key / attribute / environment variable / method
; (verify, the CA keywords, "ca", cafile, load_verify_locations...) as a token; `verify` is
; common in other senses, and every pattern gives it a value (`verify=`: a keyword argument,
; a dict key, an assigned attribute), so only those occurrences count; the libpq
; DSN pattern needs `sslrootcert=` after a non-identifier character or a \n-style escape.

; ---------------------------------------------------------------------------------------
; requests / httpx / botocore / hvac: verify="ca.pem" (a string is a CA bundle path).
(keyword_argument
  name: (_) @_kw
  value: [(string) (concatenated_string)] @pin.value
  (#eq? @_kw "verify")
  (#not-match? @pin.value "^[rbuRBU]*[\"'][\"']$|^[rbuRBU]*[\"'](?i:true|false|yes|no|1|0)[\"']$")
  (#not-match? @pin.value "\\bcertifi(\\b|_)|get_default_verify_paths|^[rbuRBU]*[\"'](/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)[\"']$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt")) @pin

; verify=CA_BUNDLE / self.ca_path / os.path.join(CERT_DIR, "ca.pem") / BASE / "root.crt":
; an expression that names a CA file (booleans such as verify=self.verify_ssl are not).
(_
  function: (_) @_fn
  arguments: (argument_list
    (keyword_argument
      name: (_) @_kw
      value: [(identifier) (attribute) (call) (subscript) (binary_operator) (conditional_expression)] @pin.value) @pin)
  (#eq? @_kw "verify")
  (#not-match? @_fn "(?i)jwt|decode|signature")
  (#match? @pin.value "(?i)(^|[._\\[\"'(/ ])(ca|cas|root|root_?ca|ca_?(file|path|bundle|certs?|pem|crt|chain|dir))([._\\]\"') /]|$)|cafile|capath|cacert|cert|pem|crt|bundle|trust_?store|chain")
  (#not-match? @pin.value "(?i)verify|insecure|skip|disable|enable|check|ctx|context|^(ssl|tls)$|\\bcertifi(\\b|_)|get_default_verify_paths|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|SSL_CERT_FILE|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt|^(True|False|None)$"))

; Options built before the call: {"verify": "ca.pem"} / client_kwargs["verify"] = CA_BUNDLE.
(pair
  key: (string) @_k
  value: [(string) (concatenated_string) (identifier) (attribute) (call) (subscript) (binary_operator)] @pin.value
  (#match? @_k "^[\"']verify[\"']$")
  (#match? @pin.value "(?i)^[rbu]*[\"'].|(^|[._\\[\"'(/ ])(ca|cas|root|root_?ca|ca_?(file|path|bundle|certs?|pem|crt|chain|dir))([._\\]\"') /]|$)|cafile|capath|cacert|cert|pem|crt|bundle|trust_?store|chain")
  (#not-match? @pin.value "(?i)verify|insecure|skip|disable|enable|check|ctx|context|^(ssl|tls)$|\\bcertifi(\\b|_)|get_default_verify_paths|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|SSL_CERT_FILE|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt|^(True|False|None)$|^[rbu]*[\"'][\"']$|^[rbu]*[\"'](true|false|yes|no|1|0)[\"']$")) @pin

; session.verify = "ca.pem" / self.session.verify = CA_BUNDLE.
(assignment
  left: (_ attribute: (identifier) @_attr)
  right: [(string) (concatenated_string) (identifier) (attribute) (call) (subscript) (binary_operator) (conditional_expression)] @pin.value
  (#eq? @_attr "verify")
  (#match? @pin.value "(?i)^[rbu]*[\"'].|(^|[._\\[\"'(/ ])(ca|cas|root|root_?ca|ca_?(file|path|bundle|certs?|pem|crt|chain|dir))([._\\]\"') /]|$)|cafile|capath|cacert|cert|pem|crt|bundle|trust_?store|chain")
  (#not-match? @pin.value "(?i)verify|insecure|skip|disable|enable|check|ctx|context|^(ssl|tls)$|\\bcertifi(\\b|_)|get_default_verify_paths|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|SSL_CERT_FILE|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt|^(True|False|None)$|^[rbu]*[\"'][\"']$|^[rbu]*[\"'](true|false|yes|no|1|0)[\"']$")) @pin

; ---------------------------------------------------------------------------------------
; Driver / client keyword arguments that name the only CA to trust:
; mysql.connector ssl_ca=, PyMySQL ssl_ca=, redis ssl_ca_certs=, kafka ssl_cafile=,
; pymongo tlsCAFile=, psycopg sslrootcert=, urllib3/paho/wrap_socket ca_certs=,
; grpc ssl_channel_credentials(root_certificates=), Azure IoT device/provisioning clients
; server_verification_cert= (the only root trusted for the hub or IoT Edge gateway). A library
; handing its configuration's option of the same name on (`server_verification_cert=
; self.config.server_verification_cert`, `ca_certs=self.ca_certs`) is a pass-through, not a pin.
(keyword_argument
  name: (_) @_kw
  value: (_) @pin.value
  (#not-eq? @pin.value @_kw)
  (#any-of? @_kw "ssl_ca" "ssl_ca_certs" "ssl_cafile" "ssl_ca_file" "ssl_ca_cert" "tlsCAFile" "tls_ca_file" "tls_ca_cert" "sslrootcert" "ca_certs" "ca_cert" "ca_file" "ca_bundle" "root_certificates" "server_verification_cert")
  (#not-match? @pin.value "^(self|cls)\\.[A-Za-z0-9_.]*\\.?(ssl_ca|ssl_ca_certs|ssl_cafile|ssl_ca_file|ssl_ca_cert|tlsCAFile|tls_ca_file|tls_ca_cert|sslrootcert|ca_certs|ca_cert|ca_file|ca_bundle|root_certificates|server_verification_cert)$")
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^(None|True|False)$|^[rbu]*[\"'][\"']$|^[rbu]*[\"']system[\"']$|^[rbu]*[\"'](/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)[\"']$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt")) @pin

; The same keys in an options dict (Django DATABASES OPTIONS, connect_args, **config).
(pair
  key: (string) @_k
  value: (_) @pin.value
  (#match? @_k "^[\"'](ssl_ca|ssl_ca_certs|ssl_cafile|ssl_ca_file|tlsCAFile|tls_ca_file|sslrootcert|ca_certs|ca_file|root_certificates)[\"']$")
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^(None|True|False)$|^[rbu]*[\"'][\"']$|^[rbu]*[\"']system[\"']$|^[rbu]*[\"'](/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)[\"']$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt")) @pin

; ---------------------------------------------------------------------------------------
; PyMySQL / MySQLdb / peewee: ssl={"ca": ...}, ssl=dict(ca=...), and SQLAlchemy/Django
; {"ssl": {"ca": ...}}.
(keyword_argument
  name: (_) @_kw
  value: (dictionary
    (_ key: (string) @_k value: (_) @pin.value) @pin)
  (#any-of? @_kw "ssl" "ssl_options" "ssl_opts" "ssl_args" "ssl_params" "tls" "sslopt")
  (#match? @_k "^[\"']ca(_certs)?[\"']$")
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^(None|True|False)$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt|^[rbu]*[\"'](/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem)[\"']$"))

(keyword_argument
  name: (_) @_kw
  value: (_
    function: (identifier) @_dict
    arguments: (argument_list
      (keyword_argument name: (_) @_k value: (_) @pin.value) @pin))
  (#any-of? @_kw "ssl" "ssl_options" "ssl_opts" "ssl_args" "ssl_params" "tls" "sslopt")
  (#eq? @_dict "dict")
  (#eq? @_k "ca")
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^(None|True|False)$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt"))

(pair
  key: (string) @_kw
  value: (dictionary
    (_ key: (string) @_k value: (_) @pin.value) @pin)
  (#match? @_kw "^[\"'](ssl|tls|ssl_options|sslopt)[\"']$")
  (#match? @_k "^[\"']ca(_certs)?[\"']$")
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^(None|True|False)$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt"))

; SSL_ARGS = {"ca": ...} / self.ssl_opts = {...} built before the call.
(assignment
  left: (_) @_lhs
  right: (dictionary
    (_ key: (string) @_k value: (_) @pin.value) @pin)
  (#match? @_lhs "(?i)(ssl|tls)[^.]*$")
  (#match? @_k "^[\"']ca(_certs)?[\"']$")
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^(None|True|False)$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt"))

; ssl_args["ca"] = "..."
(assignment
  left: (_ value: (_) @_obj subscript: (string) @_k)
  right: (_) @pin.value
  (#match? @_obj "(?i)(ssl|tls)[^.]*$")
  (#match? @_k "^[\"']ca(_certs)?[\"']$")
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^(None|True|False)$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt")) @pin

; ---------------------------------------------------------------------------------------
; libpq DSN: "host=... sslmode=verify-full sslrootcert=root.crt" or a URL's ?sslrootcert=
; (psycopg, psycopg2, asyncpg, SQLAlchemy URLs). sslrootcert=system is the system store.
([
  (argument_list (string) @pin @pin.value)
  (keyword_argument value: (string) @pin @pin.value)
  (assignment right: (string) @pin @pin.value)
  (pair value: (string) @pin @pin.value)
  (concatenated_string (string) @pin @pin.value)
  (binary_operator (string) @pin @pin.value)
  (return_statement (string) @pin @pin.value)
  (default_parameter value: (string) @pin @pin.value)
  (typed_default_parameter value: (string) @pin @pin.value)
]
  (#match? @pin "(^|[^A-Za-z0-9_$]|\\\\[abfnrtv])sslrootcert\\s*=")
  (#not-match? @pin "sslrootcert\\s*=\\s*['\"]?system\\b"))

; ---------------------------------------------------------------------------------------
; Process-wide CA overrides set from code: os.environ["REQUESTS_CA_BUNDLE"] = "ca.pem",
; PGSSLROOTCERT, SSL_CERT_FILE, CURL_CA_BUNDLE, GRPC_DEFAULT_SSL_ROOTS_FILE_PATH.
(assignment
  left: (_ value: (_) @_env subscript: (string) @_k)
  right: (_) @pin.value
  (#match? @_env "environ$")
  (#match? @_k "^[\"'](PGSSLROOTCERT|REQUESTS_CA_BUNDLE|SSL_CERT_FILE|CURL_CA_BUNDLE|GRPC_DEFAULT_SSL_ROOTS_FILE_PATH|NODE_EXTRA_CA_CERTS_NOT)[\"']$")
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^[rbu]*[\"'][\"']$|^[rbu]*[\"']system[\"']$|^[rbu]*[\"'](/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)[\"']$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt")) @pin

(_
  function: (_ attribute: (identifier) @_m)
  arguments: (argument_list . (string) @_k . (_) @pin.value)
  (#any-of? @_m "setdefault" "putenv")
  (#match? @_k "^[\"'](PGSSLROOTCERT|REQUESTS_CA_BUNDLE|SSL_CERT_FILE|CURL_CA_BUNDLE|GRPC_DEFAULT_SSL_ROOTS_FILE_PATH)[\"']$")
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^[rbu]*[\"'][\"']$|^[rbu]*[\"']system[\"']$|^[rbu]*[\"'](/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)[\"']$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt")) @pin

; ---------------------------------------------------------------------------------------
; urllib.request.urlopen(url, cafile=...) and other (method) calls taking cafile/capath
; (create_default_context is PIN301; load_verify_locations below).
(_
  function: (identifier) @_fn
  arguments: (argument_list
    (keyword_argument
      name: (_) @_kw
      value: (_) @pin.value) @pin)
  (#eq? @_fn "urlopen")
  (#any-of? @_kw "cafile" "capath")
  (#not-eq? @pin.value @_kw)
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^(None)$|^[rbu]*[\"'](/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)[\"']$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt"))

(_
  function: (_ attribute: (identifier) @_fn)
  arguments: (argument_list
    (keyword_argument
      name: (_) @_kw
      value: (_) @pin.value) @pin)
  (#not-any-of? @_fn "create_default_context" "load_verify_locations")
  (#any-of? @_kw "cafile" "capath")
  (#not-eq? @pin.value @_kw)
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^(None)$|^[rbu]*[\"'](/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)[\"']$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt"))

; ---------------------------------------------------------------------------------------
; ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) (or pyOpenSSL SSL.Context(...)) followed in
; the same block by ctx.load_verify_locations(...): the context has no default roots, so it
; trusts only that file. create_default_context() + load_verify_locations() extends the
; system store (not matched); so does a block that calls load_default_certs() or
; set_default_verify_paths(). Server contexts (PROTOCOL_TLS_SERVER) verify clients.
; The load is matched as one child of a block or the module (directly, or one level down in an
; if/else/try/with/for); the block's text must create the context with SSLContext(...) or
; SSL.Context(...). (A pattern pairing the creating statement with a later sibling was
; quadratic in the number of statements: a 4,500-line test module took minutes.)
((_ [
    (expression_statement (_
               function: (_ attribute: (identifier) @_m @pin.start)
               arguments: (argument_list . [
                 (keyword_argument value: (_) @pin.value)
                 (string) @pin.value
                 (concatenated_string) @pin.value
                 (identifier) @pin.value
                 (attribute) @pin.value
                 (call) @pin.value
                 (subscript) @pin.value
                 (binary_operator) @pin.value
               ])) @pin)
    (if_statement consequence: (_ (expression_statement (_
               function: (_ attribute: (identifier) @_m @pin.start)
               arguments: (argument_list . [
                 (keyword_argument value: (_) @pin.value)
                 (string) @pin.value
                 (concatenated_string) @pin.value
                 (identifier) @pin.value
                 (attribute) @pin.value
                 (call) @pin.value
                 (subscript) @pin.value
                 (binary_operator) @pin.value
               ])) @pin)))
    (if_statement alternative: (_ body: (block (expression_statement (_
               function: (_ attribute: (identifier) @_m @pin.start)
               arguments: (argument_list . [
                 (keyword_argument value: (_) @pin.value)
                 (string) @pin.value
                 (concatenated_string) @pin.value
                 (identifier) @pin.value
                 (attribute) @pin.value
                 (call) @pin.value
                 (subscript) @pin.value
                 (binary_operator) @pin.value
               ])) @pin))))
    (try_statement body: (_ (expression_statement (_
               function: (_ attribute: (identifier) @_m @pin.start)
               arguments: (argument_list . [
                 (keyword_argument value: (_) @pin.value)
                 (string) @pin.value
                 (concatenated_string) @pin.value
                 (identifier) @pin.value
                 (attribute) @pin.value
                 (call) @pin.value
                 (subscript) @pin.value
                 (binary_operator) @pin.value
               ])) @pin)))
    (with_statement body: (_ (expression_statement (_
               function: (_ attribute: (identifier) @_m @pin.start)
               arguments: (argument_list . [
                 (keyword_argument value: (_) @pin.value)
                 (string) @pin.value
                 (concatenated_string) @pin.value
                 (identifier) @pin.value
                 (attribute) @pin.value
                 (call) @pin.value
                 (subscript) @pin.value
                 (binary_operator) @pin.value
               ])) @pin)))
    (for_statement body: (_ (expression_statement (_
               function: (_ attribute: (identifier) @_m @pin.start)
               arguments: (argument_list . [
                 (keyword_argument value: (_) @pin.value)
                 (string) @pin.value
                 (concatenated_string) @pin.value
                 (identifier) @pin.value
                 (attribute) @pin.value
                 (call) @pin.value
                 (subscript) @pin.value
                 (binary_operator) @pin.value
               ])) @pin)))
  ]) @_blk
  (#eq? @_m "load_verify_locations")
  (#match? @_blk "(\\bSSLContext|\\bSSL\\.Context|\\bContext)\\s*\\(")
  (#not-match? @_blk "PROTOCOL_TLS_SERVER|Purpose\\.CLIENT_AUTH|load_default_certs|set_default_verify_paths|create_default_context")
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^None$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt|^[rbu]*[\"'](/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem)[\"']$"))
