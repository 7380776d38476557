package probe

import "net/http"

func Pins(resp *http.Response) string {
	return resp.Header.Get("Public-Key-Pins")
}

func SetPins(w http.ResponseWriter, pins string) {
	w.Header().Set("Public-Key-Pins", pins) // pinscan-expect: PIN124
}
