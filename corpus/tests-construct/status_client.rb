# Status client with a Minitest case appended (run with `ruby -Itest status_client.rb`).
require "net/http"
require "minitest/autorun"

def status_http(host)
  http = Net::HTTP.new(host, 443)
  http.use_ssl = true
  http.verify_mode = OpenSSL::SSL::VERIFY_NONE # pinscan-expect: PIN501@warning
  http
end

class StatusClientTest < Minitest::Test
  def test_mock_server
    http = Net::HTTP.new("localhost", 8443)
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE # pinscan-expect: PIN501@note
    assert http
  end
end

def health_http(host)
  http = Net::HTTP.new(host, 443)
  http.verify_mode = OpenSSL::SSL::VERIFY_NONE # pinscan-expect: PIN501@warning
  http
end
