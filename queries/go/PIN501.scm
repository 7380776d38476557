;; gate: InsecureSkipVerify
;; Why this gate: both patterns pin the key with #eq?.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN501: InsecureSkipVerify switched on, in a composite literal or by assignment.
(keyed_element
  key: (_ (identifier) @_key)
  value: (_ (true) @pin.value)
  (#eq? @_key "InsecureSkipVerify")) @pin

(assignment_statement
  left: (_ . (_ field: (field_identifier) @_key) .)
  right: (_ . (true) @pin.value .)
  (#eq? @_key "InsecureSkipVerify")) @pin
