;; gate: set_ca_cert_path load_ca_cert_store set_ca_cert_store SSLServer update_certs_pem
;; Why this gate: every pattern pins the method name or the server type with an anchored #match?.

;; PIN390 (tree-sitter-cpp 0.23): a C++ HTTP client library (cpp-httplib and libraries with
;; its API) told to trust a chosen CA file, directory or in-memory store. cpp-httplib loads
;; the CA path or store INSTEAD of the system certificates, so the client trusts only it.
;; A server constructed with a client CA file (`SSLServer svr(cert, key, client_ca, ...)`)
;; accepts client certificates from that CA only.

;; cli.set_ca_cert_path(file[, dir]) / cli->load_ca_cert_store(pem, size) / set_ca_cert_store(store)
((call_expression
  function: (field_expression field: (field_identifier) @_m)
  arguments: (argument_list . (_) @pin.value)) @pin
  (#match? @_m "^(set_ca_cert_path|load_ca_cert_store|set_ca_cert_store)$")
  (#not-match? @pin.value "^(NULL|nullptr|0|\"\"|std::string\\(\\)|\\{\\})$"))

;; SSLServer svr(cert, key, CLIENT_CA_FILE, ...) parsed as a declaration with arguments...
((declaration
  type: (_) @_t
  declarator: (init_declarator value: (argument_list . (_) . (_) . (_) @pin.value @pin)))
  (#match? @_t "(^|::)SSLServer$")
  (#not-match? @pin.value "^(NULL|nullptr|0|\"\")$"))
;; ...or, when every argument is a bare identifier, as a function declarator.
((declaration
  type: (_) @_t
  declarator: (function_declarator parameters: (parameter_list . (_) . (_) . (parameter_declaration) @pin.value @pin)))
  (#match? @_t "(^|::)SSLServer$")
  (#not-match? @pin.value "^(NULL|nullptr|0)$"))
;; svr.update_certs_pem(cert, key, client_ca_pem): the server's client CA replaced at run time.
((call_expression
  function: (field_expression field: (field_identifier) @_m)
  arguments: (argument_list . (_) . (_) . (_) @pin.value @pin))
  (#match? @_m "^update_certs_pem$")
  (#not-match? @pin.value "^(NULL|nullptr|0|\"\")$"))
