;; gate: ca_file ca_path ssl_ca_file ssl_ca_path sslca sslrootcert add_file add_cert add_path
;; Why this gate: every pattern pins its option key, setter or Store method with #match?
;; on a whole name (hash keys may be written `ca_file:`, `:ca_file =>` or `"ca_file" =>`).
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN313 (ruby-tls-ca-file): a Ruby TLS client that trusts chosen CA files instead of the
;; default store. OpenSSL::SSL::SSLContext#set_params only installs the default cert store
;; when ca_file, ca_path and cert_store are all unset, so any of them narrows trust.
;; Not findings: nil values, OpenSSL::X509::DEFAULT_CERT_FILE / DEFAULT_CERT_DIR and the
;; SSL_CERT_FILE / SSL_CERT_DIR environment variables (the system bundle), stores that call
;; set_default_paths (system roots plus a CA), a library passing its caller's option through
;; (options[:ca_file], ssl[:ca_path], @options.fetch(...)).

;; http.ca_file = CA / ctx.ca_path = "/etc/myca" / Excon-style conn.ssl_ca_file = ...
((assignment
  left: (_ method: (identifier) @_m)
  right: (_) @pin.value) @pin
  (#any-of? @_m "ca_file" "ca_path" "ssl_ca_file" "ssl_ca_path")
  (#not-match? @pin.value "^nil$|DEFAULT_CERT_(FILE|DIR)|SSL_CERT_(FILE|DIR)|(?i)certifi|^@?(options|opts|params|args|ssl_options|ssl_opts|ssl|data)\\[|^@?(options|opts|ssl_options)\\.(fetch|dig)\\("))

;; Option hashes: Net::HTTP.start(host, port, use_ssl: true, ca_file: ...), Faraday
;; ssl: { ca_file: ... }, Mysql2 sslca:, PG
;; sslrootcert: (the PIN320/PIN321 text rules see the same key; the query finding wins).
((pair
  key: [(hash_key_symbol) (simple_symbol) (string)] @_k
  value: (_) @pin.value) @pin
  (#match? @_k "^[:\"']?(ca_file|ca_path|sslca|sslrootcert|ssl_ca_cert)[\"']?$")
  (#not-match? @pin.value "^nil$|DEFAULT_CERT_(FILE|DIR)|SSL_CERT_(FILE|DIR)|(?i)certifi|^@?(options|opts|params|args|ssl_options|ssl_opts|ssl|data)\\[|^@?(options|opts|ssl_options)\\.(fetch|dig)\\("))

;; RestClient-style ssl_ca_file: / ssl_ca_path: as call arguments. HTTParty and Excon are left
;; out: they install the default cert store first, so their ssl_ca_file adds a CA to the system
;; roots (HTTParty.get(url, ssl_ca_file: ...), Excon.new(url, ssl_ca_file: ...) and the class
;; macro ssl_ca_file "..." are silent).
((_
  receiver: (_) @_r
  arguments: (argument_list
    (_
      key: [(hash_key_symbol) (simple_symbol) (string)] @_k
      value: (_) @pin.value) @pin))
  (#match? @_k "^[:\"']?(ssl_ca_file|ssl_ca_path)[\"']?$")
  (#not-match? @_r "HTTParty|Excon")
  (#not-match? @pin.value "^nil$|DEFAULT_CERT_(FILE|DIR)|SSL_CERT_(FILE|DIR)|(?i)certifi|^@?(options|opts|params|args|ssl_options|ssl_opts|ssl|data)\\[|^@?(options|opts|ssl_options)\\.(fetch|dig)\\("))

;; Excon.defaults[:ssl_ca_file] = ...
((assignment
  left: (element_reference (simple_symbol) @_k)
  right: (_) @pin.value) @pin
  (#match? @_k "^:(ca_file|ca_path|ssl_ca_file|ssl_ca_path)$")
  (#not-match? @pin.value "^nil$|DEFAULT_CERT_(FILE|DIR)|SSL_CERT_(FILE|DIR)|(?i)certifi|^@?(options|opts|params|args|ssl_options|ssl_opts|ssl|data)\\[|^@?(options|opts|ssl_options)\\.(fetch|dig)\\("))

;; An OpenSSL::X509::Store filled with add_file / add_cert / add_path and no set_default_paths, in a
;; method, block or top-level script that hands it to cert_store: the file (or
;; certificate) added is the trust.
((method
  (body_statement
    (_ receiver: (_) method: (identifier) @_m arguments: (argument_list . (_) @pin.value)) @pin)) @_scope
  (#any-of? @_m "add_file" "add_cert" "add_path")
  (#match? @_scope "X509::Store")
  (#match? @_scope "cert_store")
  (#not-match? @_scope "set_default_paths"))

((singleton_method
  (body_statement
    (_ receiver: (_) method: (identifier) @_m arguments: (argument_list . (_) @pin.value)) @pin)) @_scope
  (#any-of? @_m "add_file" "add_cert" "add_path")
  (#match? @_scope "X509::Store")
  (#match? @_scope "cert_store")
  (#not-match? @_scope "set_default_paths"))

((do_block
  (body_statement
    (_ receiver: (_) method: (identifier) @_m arguments: (argument_list . (_) @pin.value)) @pin)) @_scope
  (#any-of? @_m "add_file" "add_cert" "add_path")
  (#match? @_scope "X509::Store")
  (#match? @_scope "cert_store")
  (#not-match? @_scope "set_default_paths"))

((program
  (_ receiver: (_) method: (identifier) @_m arguments: (argument_list . (_) @pin.value)) @pin) @_scope
  (#any-of? @_m "add_file" "add_cert" "add_path")
  (#match? @_scope "X509::Store")
  (#match? @_scope "cert_store")
  (#not-match? @_scope "set_default_paths"))

;; The store built in a helper method (def trust_store ... end) of a file that sets
;; cert_store elsewhere and never calls set_default_paths.
((program
  (method
    (body_statement
      (_ receiver: (_) method: (identifier) @_m arguments: (argument_list . (_) @pin.value)) @pin)) @_scope) @_file
  (#any-of? @_m "add_file" "add_cert" "add_path")
  (#match? @_scope "X509::Store")
  (#not-match? @_scope "cert_store")
  (#match? @_file "cert_store")
  (#not-match? @_file "set_default_paths"))

((program
  (class
    (body_statement
      (method
        (body_statement
          (_ receiver: (_) method: (identifier) @_m arguments: (argument_list . (_) @pin.value)) @pin)) @_scope))) @_file
  (#any-of? @_m "add_file" "add_cert" "add_path")
  (#match? @_scope "X509::Store")
  (#not-match? @_scope "cert_store")
  (#match? @_file "cert_store")
  (#not-match? @_file "set_default_paths"))

((program
  (module
    (body_statement
      (class
        (body_statement
          (method
            (body_statement
              (_ receiver: (_) method: (identifier) @_m arguments: (argument_list . (_) @pin.value)) @pin)) @_scope))))) @_file
  (#any-of? @_m "add_file" "add_cert" "add_path")
  (#match? @_scope "X509::Store")
  (#not-match? @_scope "cert_store")
  (#match? @_file "cert_store")
  (#not-match? @_file "set_default_paths"))

((program
  (module
    (body_statement
      (method
        (body_statement
          (_ receiver: (_) method: (identifier) @_m arguments: (argument_list . (_) @pin.value)) @pin)) @_scope))) @_file
  (#any-of? @_m "add_file" "add_cert" "add_path")
  (#match? @_scope "X509::Store")
  (#not-match? @_scope "cert_store")
  (#match? @_file "cert_store")
  (#not-match? @_file "set_default_paths"))
