; The same patterns live in queries/javascript, queries/typescript and queries/tsx
; (TypeScript adds `as` / `satisfies` / `<T>` wrappers): keep the three in step.

;; ---------------------------------------------------------------------------------------
;; PIN111: a checkServerIdentity callback (or a handshake listener) that decides trust by
;; comparing the peer certificate's fingerprint / fingerprint256 / pubkey / raw DER / serial /
;; issuer with fixed values. A callback that only calls tls.checkServerIdentity, or only
;; logs, stays silent.
;;
;; No gate: the callbacks found by their (host, cert) parameters need only a substring of an
;; identifier (`peerCert`, `expectedSpki`, `isPinned`), which no whole-token word covers.

;; checkServerIdentity: (host, cert) => { ... cert.fingerprint256 !== PIN ... }
(pair
  key: [(property_identifier) (string)] @_key @pin
  value: [
    (arrow_function body: (_) @_body)
    (function_expression body: (_) @_body)
  ]
  (#match? @_key "^[\"']?checkServerIdentity[\"']?$")
  (#match? @_body "\\.(fingerprint(256|512)?|pubkey|raw|serialNumber|issuer|issuerCertificate)\\b|[Ss][Pp][Kk][Ii]|[Pp]inned|PINS?\\b|[Pp]ins\\b|createHash\\(")
  (#match? @_body "[!=]==?|\\.(has|includes|indexOf|equals|some|every|find|startsWith|localeCompare)\\(|timingSafeEqual|\\bcompare\\(")
  (#set! pinscan.rule "PIN111"))

;; { checkServerIdentity(host, cert) { ... } } / a class method.
(method_definition
  name: (property_identifier) @_key @pin
  body: (_) @_body
  (#match? @_key "^[\"']?checkServerIdentity[\"']?$")
  (#match? @_body "\\.(fingerprint(256|512)?|pubkey|raw|serialNumber|issuer|issuerCertificate)\\b|[Ss][Pp][Kk][Ii]|[Pp]inned|PINS?\\b|[Pp]ins\\b|createHash\\(")
  (#match? @_body "[!=]==?|\\.(has|includes|indexOf|equals|some|every|find|startsWith|localeCompare)\\(|timingSafeEqual|\\bcompare\\(")
  (#set! pinscan.rule "PIN111"))

;; options.checkServerIdentity = function (host, cert) { ... }
(assignment_expression
  left: [
    (member_expression property: (property_identifier) @_key @pin)
    (subscript_expression index: (string) @_key @pin)
  ]
  right: [
    (arrow_function body: (_) @_body)
    (function_expression body: (_) @_body)
  ]
  (#match? @_key "^[\"']?checkServerIdentity[\"']?$")
  (#match? @_body "\\.(fingerprint(256|512)?|pubkey|raw|serialNumber|issuer|issuerCertificate)\\b|[Ss][Pp][Kk][Ii]|[Pp]inned|PINS?\\b|[Pp]ins\\b|createHash\\(")
  (#match? @_body "[!=]==?|\\.(has|includes|indexOf|equals|some|every|find|startsWith|localeCompare)\\(|timingSafeEqual|\\bcompare\\(")
  (#set! pinscan.rule "PIN111"))

;; The finding sits on the callback's name (no value: the message names it).

;; A named callback wired in elsewhere (`checkServerIdentity: verifyPinned`): a function
;; called checkServerIdentity, or one taking (host, cert) whose body compares the certificate.
(function_declaration
  name: (identifier) @_key @pin
  body: (_) @_body
  (#match? @_key "^[\"']?checkServerIdentity[\"']?$")
  (#match? @_body "\\.(fingerprint(256|512)?|pubkey|raw|serialNumber|issuer|issuerCertificate)\\b|[Ss][Pp][Kk][Ii]|[Pp]inned|PINS?\\b|[Pp]ins\\b|createHash\\(")
  (#match? @_body "[!=]==?|\\.(has|includes|indexOf|equals|some|every|find|startsWith|localeCompare)\\(|timingSafeEqual|\\bcompare\\(")
  (#set! pinscan.rule "PIN111"))

(function_declaration
  name: (identifier) @pin
  parameters: (formal_parameters) @_params
  body: (_) @_body
  (#match? @_params "^\\(\\s*\\w+\\??\\s*(:[^,]*)?,\\s*\\w*([Cc]ert|[Pp]eer|[Xx]509|[Cc]rt)\\w*\\??\\s*(:[^)]*)?\\)$")
  (#match? @_body "\\.(fingerprint(256|512)?|pubkey|raw|serialNumber|issuer|issuerCertificate)\\b|[Ss][Pp][Kk][Ii]|[Pp]inned|PINS?\\b|[Pp]ins\\b|createHash\\(")
  (#match? @_body "[!=]==?|\\.(has|includes|indexOf|equals|some|every|find|startsWith|localeCompare)\\(|timingSafeEqual|\\bcompare\\(")
  (#set! pinscan.rule "PIN111"))

(variable_declarator
  name: (identifier) @pin
  value: [
    (arrow_function parameters: (formal_parameters) @_params body: (_) @_body)
    (function_expression parameters: (formal_parameters) @_params body: (_) @_body)
  ]
  (#match? @_params "^\\(\\s*\\w+\\??\\s*(:[^,]*)?,\\s*\\w*([Cc]ert|[Pp]eer|[Xx]509|[Cc]rt)\\w*\\??\\s*(:[^)]*)?\\)$")
  (#match? @_body "\\.(fingerprint(256|512)?|pubkey|raw|serialNumber|issuer|issuerCertificate)\\b|[Ss][Pp][Kk][Ii]|[Pp]inned|PINS?\\b|[Pp]ins\\b|createHash\\(")
  (#match? @_body "[!=]==?|\\.(has|includes|indexOf|equals|some|every|find|startsWith|localeCompare)\\(|timingSafeEqual|\\bcompare\\(")
  (#set! pinscan.rule "PIN111"))

(method_definition
  name: (property_identifier) @pin
  parameters: (formal_parameters) @_params
  body: (_) @_body
  (#match? @_params "^\\(\\s*\\w+\\??\\s*(:[^,]*)?,\\s*\\w*([Cc]ert|[Pp]eer|[Xx]509|[Cc]rt)\\w*\\??\\s*(:[^)]*)?\\)$")
  (#match? @_body "\\.(fingerprint(256|512)?|pubkey|raw|serialNumber|issuer|issuerCertificate)\\b|[Ss][Pp][Kk][Ii]|[Pp]inned|PINS?\\b|[Pp]ins\\b|createHash\\(")
  (#match? @_body "[!=]==?|\\.(has|includes|indexOf|equals|some|every|find|startsWith|localeCompare)\\(|timingSafeEqual|\\bcompare\\(")
  (#set! pinscan.rule "PIN111"))

;; socket.on('secureConnect', () => { const cert = socket.getPeerCertificate(); if
;; (cert.fingerprint256 !== PIN) socket.destroy(); })
(call_expression
  function: (member_expression property: (property_identifier) @_m @pin.start)
  arguments: (arguments
    .
    (string) @pin.value
    [
    (arrow_function body: (_) @_body)
    (function_expression body: (_) @_body)
  ])
  (#any-of? @_m "on" "once" "addListener" "prependListener" "prependOnceListener")
  (#match? @pin.value "^[\"'`]secureConnect[\"'`]$")
  (#match? @_body "\\.(fingerprint(256|512)?|pubkey|raw|serialNumber|issuer|issuerCertificate)\\b|[Ss][Pp][Kk][Ii]|[Pp]inned|PINS?\\b|[Pp]ins\\b|createHash\\(")
  (#match? @_body "[!=]==?|\\.(has|includes|indexOf|equals|some|every|find|startsWith|localeCompare)\\(|timingSafeEqual|\\bcompare\\(")
  (#set! pinscan.rule "PIN111")) @pin

;; The connect / response callback of tls.connect / https.get / https.request doing the same
;; with getPeerCertificate().
(call_expression
  function: [
    (identifier) @_fn @pin
    (member_expression property: (property_identifier) @_fn @pin)
  ]
  arguments: (arguments
    [
      (arrow_function body: (_) @_body)
      (function_expression body: (_) @_body)
    ])
  (#any-of? @_fn "connect" "request" "get")
  (#match? @_body "getPeerCertificate")
  (#match? @_body "\\.(fingerprint(256|512)?|pubkey|raw|serialNumber|issuer|issuerCertificate)\\b|[Ss][Pp][Kk][Ii]|[Pp]inned|PINS?\\b|[Pp]ins\\b|createHash\\(")
  (#match? @_body "[!=]==?|\\.(has|includes|indexOf|equals|some|every|find|startsWith|localeCompare)\\(|timingSafeEqual|\\bcompare\\(")
  (#set! pinscan.rule "PIN111"))
