/* The ledger client's AMQP transport: the caller's trusted certificates go through. */
#include <stddef.h>
#include "ledger_transport.h"

int transport_open(TRANSPORT_INFO* info)
{
    if (xio_setoption(info->tls_io, OPTION_TRUSTED_CERT, info->certificates) != 0) /* pinscan-expect: PIN310@note */
    {
        return __LINE__;
    }
    return 0;
}
