#pragma once

#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace csp::test {

// A port of 127.0.0.1 that refuses every connection for as long as this object lives: its socket
// is bound but never listens. A port closed after a listen is free again, and a test running
// beside this one could start its server on it.
class RefusedPort
{
public:
    RefusedPort()
        : m_socket(::socket(AF_INET, SOCK_STREAM, 0))
    {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        auto *generic = reinterpret_cast<sockaddr *>(&address);
        if (m_socket >= 0 && ::bind(m_socket, generic, size) == 0 &&
            ::getsockname(m_socket, generic, &size) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~RefusedPort()
    {
        if (m_socket >= 0)
            ::close(m_socket);
    }
    RefusedPort(const RefusedPort &) = delete;
    RefusedPort &operator=(const RefusedPort &) = delete;

    // 0 when no port could be had.
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    int m_socket;
    quint16 m_port = 0;
};

} // namespace csp::test
