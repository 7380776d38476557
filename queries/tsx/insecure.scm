; The same patterns live in queries/javascript, queries/typescript and queries/tsx
; (TypeScript adds `as` / `satisfies` / `<T>` wrappers): keep the three in step.

;; ---------------------------------------------------------------------------------------
;; PIN501: verification switched off: `rejectUnauthorized: false` (also request's
;; `strictSSL: false`), in an object or by assignment, NODE_TLS_REJECT_UNAUTHORIZED=0, and a
;; checkServerIdentity that accepts every host. `rejectUnauthorized: true` stays silent.
;; Gate: every pattern's key is rejectUnauthorized / strictSSL, NODE_TLS_REJECT_UNAUTHORIZED
;; or checkServerIdentity (bare or quoted).
;; pinscan-gate PIN501: rejectUnauthorized strictSSL NODE_TLS_REJECT_UNAUTHORIZED checkServerIdentity
(pair
  key: [(property_identifier) (string)] @_key
  value: [(false) (number) (unary_expression) (string)] @_v
  (#match? @_key "^[\"']?(rejectUnauthorized|strictSSL)[\"']?$")
  (#match? @_v "^(false|0|!1|[\"'](false|0)[\"'])$")
  (#set! pinscan.rule "PIN501")) @pin

;; rejectUnauthorized: isDev ? false : true
(pair
  key: [(property_identifier) (string)] @_key
  value: (ternary_expression (false))
  (#match? @_key "^[\"']?(rejectUnauthorized|strictSSL)[\"']?$")
  (#set! pinscan.rule "PIN501")) @pin

;; https.globalAgent.options.rejectUnauthorized = false / opts['rejectUnauthorized'] = false
(assignment_expression
  left: [
    (member_expression property: (property_identifier) @_key)
    (subscript_expression index: (string) @_key)
  ]
  right: [(false) (number) (unary_expression) (string)] @_v
  (#match? @_key "^[\"']?(rejectUnauthorized|strictSSL)[\"']?$")
  (#match? @_v "^(false|0|!1|[\"'](false|0)[\"'])$")
  (#set! pinscan.rule "PIN501")) @pin

;; process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0' / process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0
(assignment_expression
  left: [
    (member_expression property: (property_identifier) @_key)
    (subscript_expression index: [(string) (template_string)] @_key)
  ]
  right: [(number) (string) (template_string)] @_v
  (#match? @_key "^[\"'`]?NODE_TLS_REJECT_UNAUTHORIZED[\"'`]?$")
  (#match? @_v "^[\"'`]?0[\"'`]?$")
  (#set! pinscan.rule "PIN501")) @pin

;; spawn(cmd, { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } }) / Object.assign(process.env, {...})
(pair
  key: [(property_identifier) (string)] @_key
  value: [(number) (string) (template_string)] @_v
  (#match? @_key "^[\"'`]?NODE_TLS_REJECT_UNAUTHORIZED[\"'`]?$")
  (#match? @_v "^[\"'`]?0[\"'`]?$")
  (#set! pinscan.rule "PIN501")) @pin

;; checkServerIdentity: () => undefined / () => {} / function () { return; } / _.noop
(pair
  key: [(property_identifier) (string)] @_key
  value: [
    (arrow_function body: (_) @_body)
    (function_expression body: (_) @_body)
  ]
  (#match? @_key "^[\"']?checkServerIdentity[\"']?$")
  (#match? @_body "^(undefined|null|void 0|\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/)*(return(\\s+(undefined|null|void 0))?\\s*;?(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/)*)?\\})$")
  (#set! pinscan.rule "PIN501")) @pin

(pair
  key: [(property_identifier) (string)] @_key
  value: [(identifier) (member_expression)] @_v
  (#match? @_key "^[\"']?checkServerIdentity[\"']?$")
  (#match? @_v "^((_|lodash|R)\\.)?(noop|stubUndefined|F)$")
  (#set! pinscan.rule "PIN501")) @pin

(method_definition
  name: (property_identifier) @_key
  body: (_) @_body
  (#match? @_key "^[\"']?checkServerIdentity[\"']?$")
  (#match? @_body "^(undefined|null|void 0|\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/)*(return(\\s+(undefined|null|void 0))?\\s*;?(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/)*)?\\})$")
  (#set! pinscan.rule "PIN501")) @pin

(assignment_expression
  left: [
    (member_expression property: (property_identifier) @_key)
    (subscript_expression index: (string) @_key)
  ]
  right: [
    (arrow_function body: (_) @_body)
    (function_expression body: (_) @_body)
  ]
  (#match? @_key "^[\"']?checkServerIdentity[\"']?$")
  (#match? @_body "^(undefined|null|void 0|\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/)*(return(\\s+(undefined|null|void 0))?\\s*;?(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/)*)?\\})$")
  (#set! pinscan.rule "PIN501")) @pin

;; ---------------------------------------------------------------------------------------
;; PIN502: TLS 1.0/1.1 (or SSLv3) as minVersion, a maxVersion below TLS 1.2, a TLSv1
;; secureProtocol method, tls.DEFAULT_MIN_VERSION / DEFAULT_MAX_VERSION. TLSv1.2+ and
;; `secureOptions: SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1` (which disable old versions) are silent.
;; Gate: the value is a string starting with TLSv1 / SSLv3 (TLSv1, TLSv1.1, TLSv1_method,
;; SSLv3_client_method...) or holds a --tls-min-v1.x / --tls-max-v1.x flag.
;; pinscan-gate PIN502: TLSv1* SSLv3* --tls-min-v1.0 --tls-min-v1.1 --tls-max-v1.0 --tls-max-v1.1
(pair
  key: [(property_identifier) (string)] @_key
  value: [(string) @pin.value (template_string) @pin.value (as_expression (string) @pin.value) (satisfies_expression (string) @pin.value)]
  (#match? @_key "^[\"']?(minVersion|maxVersion|secureProtocol)[\"']?$")
  (#match? @pin.value "^[\"'`]((TLSv1(\\.[01])?|SSLv3)|(TLSv1(_1)?|SSLv3)_(client_|server_)?method)[\"'`]$")
  (#set! pinscan.rule "PIN502")) @pin

(assignment_expression
  left: [
    (member_expression property: (property_identifier) @_key)
    (subscript_expression index: (string) @_key)
  ]
  right: [(string) @pin.value (template_string) @pin.value (as_expression (string) @pin.value) (satisfies_expression (string) @pin.value)]
  (#match? @_key "^[\"']?(minVersion|maxVersion|secureProtocol|DEFAULT_MIN_VERSION|DEFAULT_MAX_VERSION)[\"']?$")
  (#match? @pin.value "^[\"'`]((TLSv1(\\.[01])?|SSLv3)|(TLSv1(_1)?|SSLv3)_(client_|server_)?method)[\"'`]$")
  (#set! pinscan.rule "PIN502")) @pin

;; NODE_OPTIONS / execArgv: '--tls-min-v1.0', '--tls-min-v1.1', '--tls-max-v1.0'...
([(string) (template_string)] @pin.value
  (#match? @pin.value "(^[\"'`]|\\s)--tls-(min|max)-v1\\.[01](\\s|[\"'`]$)")
  (#set! pinscan.rule "PIN502")) @pin
