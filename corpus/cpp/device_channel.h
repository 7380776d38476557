// A C++ header with a .h extension: pinscan reads it as C++ (it holds a class).
#pragma once

#include <boost/asio/ssl.hpp>

class DeviceChannel {
public:
    explicit DeviceChannel(boost::asio::ssl::context& ctx) {
        ctx.set_verify_mode(boost::asio::ssl::verify_none); // pinscan-expect: PIN501
        ctx.load_verify_file("certs/DigiCertGlobalRootG2.crt.pem"); // pinscan-expect: PIN310[DigiCert Global Root G2]
    }
};
