;; gate: CURLOPT_CAINFO CURLOPT_CAPATH CURLOPT_PROXY_CAINFO CURLOPT_PROXY_CAPATH cafile capath
;; gate: MYSQL_ATTR_SSL_CA MYSQL_ATTR_SSL_CAPATH ATTR_SSL_CA ATTR_SSL_CAPATH ssl_set mysqli_ssl_set
;; gate: verify VERIFY
;; gate: setTlsCertificateAuthorityFile setTlsCertificateAuthorityPath setTlsCaFile setTlsCaPath setSslCaFile setSslCaPath setCaFile setCaPath
;; Why this gate: every pattern pins its curl option, array key, PDO attribute, function or
;; method name with #match? / #eq? on a whole name.

;; PIN314 (php-tls-ca-file): a PHP TLS client that trusts chosen CA files instead of the
;; system store: curl CURLOPT_CAINFO / CURLOPT_CAPATH, stream contexts 'cafile' / 'capath',
;; PDO MySQL's SSL CA attribute, mysqli ssl_set with a CA, Guzzle 'verify' => '/path/ca.pem'.
;; pg_connect("... sslrootcert=...") is left to the PIN320 text rule (it reports the file
;; name inside the connection string). Not findings: null CAs, Guzzle 'verify' => true,
;; commented-out code, a library passing its caller's option through (`$options['verify']`,
;; `$this->options[...]`) or mapping option names to curl constants (`'cafile' => CURLOPT_CAINFO`),
;; the CA set from env(...) in a framework config is reported with the
;; attribute as its value (the file is chosen at deploy time).

;; curl_setopt($ch, CURLOPT_CAINFO, $ca)
((function_call_expression
  function: (name) @_f
  arguments: (arguments . (argument) . (argument (_) @_k) . (argument (_) @pin.value))) @pin
  (#eq? @_f "curl_setopt")
  (#match? @_k "^\\\\?(CURLOPT_CAINFO|CURLOPT_CAPATH|CURLOPT_PROXY_CAINFO|CURLOPT_PROXY_CAPATH)$")
  (#not-match? @pin.value "^(null|NULL)$")
  (#not-match? @pin.value "^(\\$(this->)?(options|opts|params|args|request_options|requestOptions)\\s*(\\[|->)|\\\\?CURLOPT_[A-Z_]+$)"))

;; [CURLOPT_CAINFO => ...] (curl_setopt_array, Guzzle 'curl' options), ['cafile' => ...]
;; (stream_context_create ssl options, Symfony HttpClient), [PDO::MYSQL_ATTR_SSL_CA => ...],
;; [Pdo\Mysql::ATTR_SSL_CA => ...], Guzzle [RequestOptions::VERIFY => '...'].
((array_element_initializer
  . (_) @_k
  . (_) @pin.value .) @pin
  (#match? @_k "^(\\\\?(CURLOPT_CAINFO|CURLOPT_CAPATH|CURLOPT_PROXY_CAINFO|CURLOPT_PROXY_CAPATH)|[\"'](cafile|capath)[\"']|\\\\?(PDO::MYSQL_ATTR_SSL_CA|PDO::MYSQL_ATTR_SSL_CAPATH|Pdo\\\\Mysql::ATTR_SSL_CA|Pdo\\\\Mysql::ATTR_SSL_CAPATH))$")
  (#not-match? @pin.value "^(null|NULL|env\\s*\\(|getenv\\s*\\()")
  (#not-match? @pin.value "^(\\$(this->)?(options|opts|params|args|request_options|requestOptions)\\s*(\\[|->)|\\\\?CURLOPT_[A-Z_]+$)"))

;; The same keys set from env(...) / getenv(...) (Laravel's config/database.php): the key.
((array_element_initializer
  . (_) @_k @pin.value
  . (function_call_expression function: (name) @_env) .) @pin
  (#match? @_k "^(\\\\?(CURLOPT_CAINFO|CURLOPT_CAPATH)|[\"'](cafile|capath)[\"']|\\\\?(PDO::MYSQL_ATTR_SSL_CA|PDO::MYSQL_ATTR_SSL_CAPATH|Pdo\\\\Mysql::ATTR_SSL_CA|Pdo\\\\Mysql::ATTR_SSL_CAPATH))$")
  (#any-of? @_env "env" "getenv"))

;; Guzzle 'verify' => '/path/ca.pem' (a string path; true / false are not CA files).
((array_element_initializer
  . (_) @_k
  . [(string) (encapsed_string) (binary_expression)] @pin.value .) @pin
  (#match? @_k "^([\"']verify[\"']|\\\\?(GuzzleHttp\\\\)?RequestOptions::VERIFY)$"))

;; mysqli_ssl_set($link, $key, $cert, $ca, $capath, $cipher): the CA (4th argument).
((function_call_expression
  function: (name) @_f
  arguments: (arguments . (argument) . (argument) . (argument) . (argument (_) @pin.value))) @pin
  (#eq? @_f "mysqli_ssl_set")
  (#not-match? @pin.value "^(null|NULL|''|\"\")$"))

;; ... or the CA path (5th argument) when the CA is null.
((function_call_expression
  function: (name) @_f
  arguments: (arguments . (argument) . (argument) . (argument) . (argument (_) @_ca) . (argument (_) @pin.value))) @pin
  (#eq? @_f "mysqli_ssl_set")
  (#match? @_ca "^(null|NULL|''|\"\")$")
  (#not-match? @pin.value "^(null|NULL|''|\"\")$"))

;; $mysqli->ssl_set($key, $cert, $ca, $capath, $cipher): the CA (3rd argument) ...
((member_call_expression
  name: (name) @_f
  arguments: (arguments . (argument) . (argument) . (argument (_) @pin.value))) @pin
  (#eq? @_f "ssl_set")
  (#not-match? @pin.value "^(null|NULL|''|\"\")$"))

;; ... or the CA path (4th argument).
((member_call_expression
  name: (name) @_f
  arguments: (arguments . (argument) . (argument) . (argument (_) @_ca) . (argument (_) @pin.value))) @pin
  (#eq? @_f "ssl_set")
  (#match? @_ca "^(null|NULL|''|\"\")$")
  (#not-match? @pin.value "^(null|NULL|''|\"\")$"))

;; stream_context_set_option($ctx, 'ssl', 'cafile', $ca)
((function_call_expression
  function: (name) @_f
  arguments: (arguments . (argument) . (argument) . (argument (_) @_k) . (argument (_) @pin.value))) @pin
  (#eq? @_f "stream_context_set_option")
  (#match? @_k "^[\"'](cafile|capath)[\"']$"))

;; Settings objects with setters (php-mqtt ConnectionSettings and the like; not on a chain
;; that turned TLS off with setUseTls(false)):
;; ->setTlsCertificateAuthorityFile($file), ->setTlsCertificateAuthorityPath($dir),
;; ->setCaFile(...). Not findings: null, a caller's option passed through.
((member_call_expression
  object: (_) @_chain
  name: (name) @_m @pin.start
  arguments: (arguments . (argument (_) @pin.value) .)) @pin
  (#not-match? @_chain "(?i)set(Use)?(Tls|Ssl)\\(\\s*false")
  (#match? @_m "^set(Tls|Ssl)?(CertificateAuthority|Ca)(File|Path)$")
  (#not-match? @pin.value "^(null|NULL)$")
  (#not-match? @pin.value "^\\$(this->)?(options|opts|params|args|config|settings)\\s*(\\[|->)"))
