;; gate: TLSv1* SSLv3* SSLv2* TLS1* SSL3* SSL2*
;; Why this gate: every pattern's value is matched by #match? against one of these names
;; (symbols :TLSv1 / :TLS1_1, strings "TLSv1", constants OpenSSL::SSL::TLS1_VERSION).
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN502 (deprecated TLS), Ruby: ctx.ssl_version = :TLSv1 / :TLSv1_1 / :SSLv3,
;; min_version / max_version = OpenSSL::SSL::TLS1_VERSION / TLS1_1_VERSION (or :TLS1,
;; :TLS1_1), and the same keys in option hashes (Net::HTTP.start, Faraday ssl: { version:,
;; min_version:, max_version: }, Excon ssl_version:). Not findings: :TLSv1_2, TLS1_2_VERSION,
;; TLS1_3_VERSION, :SSLv23 (negotiates the highest version).

((assignment
  left: (_ method: (identifier) @_m)
  right: (_) @pin.value) @pin
  (#any-of? @_m "ssl_version" "min_version" "max_version" "ssl_min_version" "ssl_max_version")
  (#match? @pin.value "^(OpenSSL::SSL::)?(TLS1_VERSION|TLS1_1_VERSION|SSL3_VERSION|SSL2_VERSION)$|^[:\"']?(TLSv1|TLSv1_1|SSLv3|SSLv2|TLS1|TLS1_1|SSL3)(_client|_server|_method)?[\"']?$"))

((pair
  key: [(hash_key_symbol) (simple_symbol) (string)] @_k
  value: (_) @pin.value) @pin
  (#match? @_k "^[:\"']?(ssl_version|version|min_version|max_version|ssl_min_version|ssl_max_version)[\"']?$")
  (#match? @pin.value "^(OpenSSL::SSL::)?(TLS1_VERSION|TLS1_1_VERSION|SSL3_VERSION|SSL2_VERSION)$|^[:\"']?(TLSv1|TLSv1_1|SSLv3|SSLv2|TLS1|TLS1_1|SSL3)(_client|_server|_method)?[\"']?$"))
