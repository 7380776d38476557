;; gate: pins
;; PIN316 (ruby-hpkp-config): each `sha256` entry of a `pins:` list of hashes, the shape of
;; secure_headers' `config.hpkp = { pins: [{ sha256: "..." }] }`. Keys may be written as
;; `pins:`, `:pins =>` or `"pins" =>` (and the same for `sha256`).
;;
;; Why this gate: every match holds the `pins` key (checked with #match? below).
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.
(pair
  key: [(hash_key_symbol) (simple_symbol) (string)] @_pins
  value: (array
    (hash
      (_
        key: [(hash_key_symbol) (simple_symbol) (string)] @_alg
        value: (string) @pin @pin.value)))
  (#match? @_pins "^:?[\"']?pins[\"']?$")
  (#match? @_alg "^:?[\"']?sha256[\"']?$"))
