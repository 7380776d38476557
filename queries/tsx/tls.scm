; The same patterns live in queries/javascript, queries/typescript and queries/tsx
; (TypeScript adds `as` / `satisfies` / `<T>` wrappers): keep the three in step.

;; ---------------------------------------------------------------------------------------
;; PIN302: a `ca` option (got: `https.certificateAuthority`) replaces Node's default roots,
;; unless it spreads `tls.rootCertificates` (or `tls.getCACertificates()`) into the list. A
;; server's `ca` (client-certificate verification with requestCert, or the chain it sends)
;; is not client trust and stays silent. `ca: fs.readFileSync(CA_FILE)` (also
;; `.toString()`, `Buffer.from(PEM, ...)`) reports CA_FILE as the value, so the in-file data
;; flow can name the file and resolve it against the CA catalog.
;;
;; Gate: every pattern needs a `ca` / `certificateAuthority` key (property, string key,
;; shorthand or `opts['ca']`), or calls setDefaultCACertificates / createSsl, inside the match.
;; pinscan-gate PIN302: ca certificateAuthority setDefaultCACertificates createSsl

;; Passed straight to tls.connect / https.request / https.get / tls.createSecureContext /
;; mqtt.connect / amqp.connect / request(...) / mysql.createConnection..., also after a URL
;; or port: `https.get(url, { ca }, cb)`.
(call_expression
  function: [
    (identifier) @_fn
    (member_expression property: (property_identifier) @_fn)
  ]
  arguments: (arguments
    [(object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin)
    (_ (object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin))])
  (#any-of? @_fn "connect" "request" "get" "post" "put" "patch" "delete" "head" "createSecureContext" "createConnection" "createPool" "createPoolCluster" "createClient" "needle" "got" "superagent")
  (#any-of? @_key "ca" "'ca'" "\"ca\"" "certificateAuthority" "'certificateAuthority'" "\"certificateAuthority\"")
  (#not-match? @pin.value "rootCertificates|getCACertificates|ssl-root-cas|syswide-cas|win-ca|mac-ca|^(undefined|null|false|void 0)$|^\\{")
  (#not-match? @pin.value "^[\"'][^\"'/.\\-]{0,40}[\"']$")
  (#not-match? @pin.value "^[\\w$.]+\\(\\s*[A-Za-z_$][\\w$.]*\\s*(,[^()]*)?\\)(\\.\\w+\\([^()]*\\))?$")
  (#set! pinscan.rule "PIN302"))

;; new https.Agent({ ca }) / new HttpsProxyAgent(url, { ca }) / new tls.TLSSocket(sock, { ca })
;; / new WebSocket(url, { ca }).
(new_expression
  constructor: [(identifier) (member_expression)] @_ctor
  arguments: (arguments
    [(object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin)
    (_ (object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin))])
  (#match? @_ctor "(^|\\.)(\\w*Agent|TLSSocket|WebSocket|Dispatcher)$")
  (#any-of? @_key "ca" "'ca'" "\"ca\"" "certificateAuthority" "'certificateAuthority'" "\"certificateAuthority\"")
  (#not-match? @pin.value "rootCertificates|getCACertificates|ssl-root-cas|syswide-cas|win-ca|mac-ca|^(undefined|null|false|void 0)$|^\\{")
  (#not-match? @pin.value "^[\"'][^\"'/.\\-]{0,40}[\"']$")
  (#not-match? @pin.value "^[\\w$.]+\\(\\s*[A-Za-z_$][\\w$.]*\\s*(,[^()]*)?\\)(\\.\\w+\\([^()]*\\))?$")
  (#set! pinscan.rule "PIN302"))

;; The value of an `ssl` / `tls` / undici `connect` / `requestTls` key, wherever it is: pg
;; `new Client({ ssl: { ca } })`, mysql2 `createConnection({ ssl: { ca } })`, ioredis
;; `{ tls: { ca } }`, kafkajs `{ ssl: { ca: [...] } }`, undici `new Agent({ connect: { ca } })`,
;; tedious `cryptoCredentialsDetails`, request's `agentOptions`, node-redis `socket: { ca }`.
(pair
  key: [(property_identifier) (string)] @_nest
  value: [(object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin)
    (_ (object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin))]
  (#match? @_nest "^[\"']?(ssl|tls|connect|requestTls|proxyTls|cryptoCredentialsDetails|agentOptions|tlsOptions|sslOptions|tlsOpts|sslOpts|tlsConfig|sslConfig|tlsSettings|secureContextOptions|socket|https)[\"']?$")
  (#any-of? @_key "ca" "'ca'" "\"ca\"" "certificateAuthority" "'certificateAuthority'" "\"certificateAuthority\"")
  (#not-match? @pin.value "rootCertificates|getCACertificates|ssl-root-cas|syswide-cas|win-ca|mac-ca|^(undefined|null|false|void 0)$|^\\{")
  (#not-match? @pin.value "^[\"'][^\"'/.\\-]{0,40}[\"']$")
  (#not-match? @pin.value "^[\\w$.]+\\(\\s*[A-Za-z_$][\\w$.]*\\s*(,[^()]*)?\\)(\\.\\w+\\([^()]*\\))?$")
  (#set! pinscan.rule "PIN302"))

;; An options object built anywhere (`const opts = { host, port, ca }; tls.connect(opts)`)
;; whose siblings make it client TLS options (host, hostname, port, servername,
;; rejectUnauthorized, checkServerIdentity...). The sibling keys are read from the object's
;; text: a structural sibling pattern costs seconds on large files.
((object
  [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin) @_obj
  (#match? @_obj "[{,\n]\\s*[\"']?(host|hostname|port|servername|rejectUnauthorized|checkServerIdentity|ALPNProtocols|session|socket)[\"']?\\s*[:,}]")
  (#not-match? @_obj "requestCert")
  (#any-of? @_key "ca" "'ca'" "\"ca\"" "certificateAuthority" "'certificateAuthority'" "\"certificateAuthority\"")
  (#not-match? @pin.value "rootCertificates|getCACertificates|ssl-root-cas|syswide-cas|win-ca|mac-ca|^(undefined|null|false|void 0)$|^\\{")
  (#not-match? @pin.value "^[\"'][^\"'/.\\-]{0,40}[\"']$")
  (#not-match? @pin.value "^[\\w$.]+\\(\\s*[A-Za-z_$][\\w$.]*\\s*(,[^()]*)?\\)(\\.\\w+\\([^()]*\\))?$")
  (#set! pinscan.rule "PIN302"))

;; A variable, assignment, property or class field holding TLS options with only
;; certificate siblings (`const mqttOptions = { key, cert, ca }`), unless it is named as a
;; server's options (`const credentials = { key, cert, ca }` feeds https.createServer).
(variable_declarator
  name: (_) @_name
  value: [(object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin) @_obj
    (_ (object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin) @_obj)]
  (#match? @_obj "[{,\n]\\s*[\"']?(host|hostname|port|servername|rejectUnauthorized|checkServerIdentity|ALPNProtocols|session|socket|cert|key|pfx|passphrase|minVersion|maxVersion|ciphers|secureProtocol|ecdhCurve|sigalgs)[\"']?\\s*[:,}]")
  (#not-match? @_obj "requestCert")
  (#not-match? @_name "(?i)server|srv|credential|httpsOptions|listen")
  (#any-of? @_key "ca" "'ca'" "\"ca\"" "certificateAuthority" "'certificateAuthority'" "\"certificateAuthority\"")
  (#not-match? @pin.value "rootCertificates|getCACertificates|ssl-root-cas|syswide-cas|win-ca|mac-ca|^(undefined|null|false|void 0)$|^\\{")
  (#not-match? @pin.value "^[\"'][^\"'/.\\-]{0,40}[\"']$")
  (#not-match? @pin.value "^[\\w$.]+\\(\\s*[A-Za-z_$][\\w$.]*\\s*(,[^()]*)?\\)(\\.\\w+\\([^()]*\\))?$")
  (#set! pinscan.rule "PIN302"))

(assignment_expression
  left: (_) @_name
  right: [(object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin) @_obj
    (_ (object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin) @_obj)]
  (#match? @_obj "[{,\n]\\s*[\"']?(host|hostname|port|servername|rejectUnauthorized|checkServerIdentity|ALPNProtocols|session|socket|cert|key|pfx|passphrase|minVersion|maxVersion|ciphers|secureProtocol|ecdhCurve|sigalgs)[\"']?\\s*[:,}]")
  (#not-match? @_obj "requestCert")
  (#not-match? @_name "(?i)server|srv|credential|httpsOptions|listen")
  (#any-of? @_key "ca" "'ca'" "\"ca\"" "certificateAuthority" "'certificateAuthority'" "\"certificateAuthority\"")
  (#not-match? @pin.value "rootCertificates|getCACertificates|ssl-root-cas|syswide-cas|win-ca|mac-ca|^(undefined|null|false|void 0)$|^\\{")
  (#not-match? @pin.value "^[\"'][^\"'/.\\-]{0,40}[\"']$")
  (#not-match? @pin.value "^[\\w$.]+\\(\\s*[A-Za-z_$][\\w$.]*\\s*(,[^()]*)?\\)(\\.\\w+\\([^()]*\\))?$")
  (#set! pinscan.rule "PIN302"))

(pair
  key: (_) @_name
  value: [(object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin) @_obj
    (_ (object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin) @_obj)]
  (#match? @_obj "[{,\n]\\s*[\"']?(host|hostname|port|servername|rejectUnauthorized|checkServerIdentity|ALPNProtocols|session|socket|cert|key|pfx|passphrase|minVersion|maxVersion|ciphers|secureProtocol|ecdhCurve|sigalgs)[\"']?\\s*[:,}]")
  (#not-match? @_obj "requestCert")
  (#not-match? @_name "(?i)server|srv|credential|httpsOptions|listen")
  (#any-of? @_key "ca" "'ca'" "\"ca\"" "certificateAuthority" "'certificateAuthority'" "\"certificateAuthority\"")
  (#not-match? @pin.value "rootCertificates|getCACertificates|ssl-root-cas|syswide-cas|win-ca|mac-ca|^(undefined|null|false|void 0)$|^\\{")
  (#not-match? @pin.value "^[\"'][^\"'/.\\-]{0,40}[\"']$")
  (#not-match? @pin.value "^[\\w$.]+\\(\\s*[A-Za-z_$][\\w$.]*\\s*(,[^()]*)?\\)(\\.\\w+\\([^()]*\\))?$")
  (#set! pinscan.rule "PIN302"))

(public_field_definition name: (_) @_name
  value: [(object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin) @_obj
    (_ (object [
      (pair
        key: [(property_identifier) (string)] @_key
        value: [
          (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
          (call_expression
            function: (member_expression
              object: (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))))
        ])
      (pair key: [(property_identifier) (string)] @_key value: (_) @pin.value)
      (shorthand_property_identifier) @_key @pin.value
    ] @pin) @_obj)]
  (#match? @_obj "[{,\n]\\s*[\"']?(host|hostname|port|servername|rejectUnauthorized|checkServerIdentity|ALPNProtocols|session|socket|cert|key|pfx|passphrase|minVersion|maxVersion|ciphers|secureProtocol|ecdhCurve|sigalgs)[\"']?\\s*[:,}]")
  (#not-match? @_obj "requestCert")
  (#not-match? @_name "(?i)server|srv|credential|httpsOptions|listen")
  (#any-of? @_key "ca" "'ca'" "\"ca\"" "certificateAuthority" "'certificateAuthority'" "\"certificateAuthority\"")
  (#not-match? @pin.value "rootCertificates|getCACertificates|ssl-root-cas|syswide-cas|win-ca|mac-ca|^(undefined|null|false|void 0)$|^\\{")
  (#not-match? @pin.value "^[\"'][^\"'/.\\-]{0,40}[\"']$")
  (#not-match? @pin.value "^[\\w$.]+\\(\\s*[A-Za-z_$][\\w$.]*\\s*(,[^()]*)?\\)(\\.\\w+\\([^()]*\\))?$")
  (#set! pinscan.rule "PIN302"))

;; opts.ca = fs.readFileSync(...) / https.globalAgent.options.ca = [...] / sslOptions['ca'] = pem.
(assignment_expression
  left: [
    (member_expression object: (_) @_o property: (property_identifier) @_key)
    (subscript_expression object: (_) @_o index: (string) @_key)
  ]
  right: [
    (call_expression arguments: (arguments . [(identifier) (member_expression)] @pin.value))
    (_) @pin.value
  ]
  (#match? @_o "(?i)opt|ssl|tls|agent|https|secure|conf|cfg|settings|ctx|context|params")
  (#not-match? @_o "(?i)server|srv")
  (#any-of? @_key "ca" "'ca'" "\"ca\"" "certificateAuthority" "'certificateAuthority'" "\"certificateAuthority\"")
  (#not-match? @pin.value "rootCertificates|getCACertificates|ssl-root-cas|syswide-cas|win-ca|mac-ca|^(undefined|null|false|void 0)$|^\\{")
  (#not-match? @pin.value "^[\"'][^\"'/.\\-]{0,40}[\"']$")
  (#not-match? @pin.value "^[\\w$.]+\\(\\s*[A-Za-z_$][\\w$.]*\\s*(,[^()]*)?\\)(\\.\\w+\\([^()]*\\))?$")
  (#set! pinscan.rule "PIN302")) @pin

;; tls.setDefaultCACertificates([...]) (Node 22.15+) replaces the default roots process-wide,
;; unless the list keeps them (`[...tls.getCACertificates('default'), extra]`).
(call_expression
  function: [
    (identifier) @_fn
    (member_expression property: (property_identifier) @_fn)
  ]
  arguments: (arguments . (_) @pin.value)
  (#eq? @_fn "setDefaultCACertificates")
  (#not-match? @pin.value "rootCertificates|getCACertificates")
  (#set! pinscan.rule "PIN302")) @pin

;; @grpc/grpc-js: credentials.createSsl(rootCerts, ...) trusts only rootCerts when given.
(call_expression
  function: (member_expression property: (property_identifier) @_fn)
  arguments: (arguments . (_) @pin.value)
  (#eq? @_fn "createSsl")
  (#not-match? @pin.value "^(null|undefined|void 0)$|rootCertificates|getCACertificates")
  (#set! pinscan.rule "PIN302")) @pin
