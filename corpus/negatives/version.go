// Package version exposes build information injected at link time:
//
//	go build -ldflags "-X github.com/contoso/edge-proxy/internal/version.GitCommit=$(git rev-parse HEAD)"
package version

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var (
	// Version is the semantic version of the release.
	Version = "2.14.3"
	// GitCommit is the full SHA of the commit the binary was built from.
	GitCommit = "f80502b03d67682781df0666d5f84f33418ec7ec"
	// GitTreeState is "clean" or "dirty".
	GitTreeState = "clean"
	// BuildDate is RFC 3339.
	BuildDate = "2024-05-02T19:03:55Z"
)

// envoyAPICommit pins the generated xDS bindings to a specific upstream commit of
// envoyproxy/data-plane-api; see hack/update-xds.sh.
const envoyAPICommit = "cbea077ef19c08c35fdb52f1ae217db7e69c10e5"

// Info is the JSON document served on /version.
type Info struct {
	Version      string `json:"version"`
	GitCommit    string `json:"gitCommit"`
	GitTreeState string `json:"gitTreeState"`
	BuildDate    string `json:"buildDate"`
	GoVersion    string `json:"goVersion"`
	Platform     string `json:"platform"`
	XDSCommit    string `json:"xdsCommit"`
}

// Get returns the build information, falling back to the VCS stamp embedded by the
// Go toolchain when the ldflags were not set.
func Get() Info {
	commit := GitCommit
	if bi, ok := debug.ReadBuildInfo(); ok && commit == "" {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				commit = s.Value
			}
		}
	}
	return Info{
		Version:      Version,
		GitCommit:    commit,
		GitTreeState: GitTreeState,
		BuildDate:    BuildDate,
		GoVersion:    runtime.Version(),
		Platform:     fmt.Sprintf("%s/%s", runtime.GOOS, runtime.GOARCH),
		XDSCommit:    envoyAPICommit,
	}
}

// CommitURL links to the commit on GitHub.
func CommitURL() string {
	return "https://github.com/contoso/edge-proxy/commit/" + GitCommit
}
