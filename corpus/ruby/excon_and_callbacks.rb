# Excon adds ssl_ca_file to the default roots; plain-http and unix-socket connections never do
# TLS; RestClient's ssl_verify_callback that accepts everything.
require "excon"
require "rest-client"

def local_http_probe
  conn = Excon::Connection.new({
    :host            => "127.0.0.1",
    :port            => 8080,
    :scheme          => "http",
    :ssl_verify_peer => false
  })
  conn.request(method: :get, path: "/health")
end

def socket_probe(path)
  Excon.new("unix:///", socket: path, scheme: "unix", ssl_verify_peer: false).get(path: "/ping")
end

def tls_probe_without_checks(host)
  Excon::Connection.new({
    :host            => host,
    :port            => 443,
    :scheme          => "https",
    :ssl_verify_peer => false # pinscan-expect: PIN501
  })
end

def excon_with_extra_ca(url)
  Excon.new(url, ssl_verify_peer: true, ssl_ca_file: "config/ca/internal-root.pem")
end

class Transport
  def configure(ssl_context)
    ssl_context.ca_file = @data[:ssl_ca_file]
  end
end

def fetch_accepting_anything(url)
  RestClient::Request.new(
    method: :get,
    url: url,
    ssl_verify_callback: lambda { |_ok, _ctx| true } # pinscan-expect: PIN501
  ).execute
end

def fetch_with_checked_callback(url)
  RestClient::Request.new(
    method: :get,
    url: url,
    ssl_verify_callback: lambda { |ok, _ctx| ok }
  ).execute
end
