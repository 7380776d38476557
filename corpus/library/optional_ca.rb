# An HTTP client class of a gem: it forwards the CA file and folder its user configures, and
# sets them only when they are given. The user's configuration is where the pin would be.
require 'net/http'

class FeedClient
  attr_reader :ssl_ca_file, :ssl_ca_path

  def initialize(ssl_ca_file: nil, ssl_ca_path: nil)
    @ssl_ca_file = ssl_ca_file
    @ssl_ca_path = ssl_ca_path
  end

  def connection(uri)
    net = Net::HTTP.new(uri.host, uri.port)
    net.use_ssl = true
    net.ca_file = ssl_ca_file if ssl_ca_file # pinscan-expect: PIN313@note
    net.ca_path = ssl_ca_path unless ssl_ca_path.nil? # pinscan-expect: PIN313@note
    net
  end

  # A file chosen here is a pin, whatever guards it.
  def pinned_connection(uri, pinned)
    net = Net::HTTP.new(uri.host, uri.port)
    net.use_ssl = true
    net.ca_file = 'config/feed-root.pem' if pinned # pinscan-expect: PIN313@warning
    net
  end
end
