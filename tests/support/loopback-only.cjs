// SPDX-License-Identifier: MIT
// Test-only preload for the open-source Portkey gateway (node --require): its start-server.js binds every
// interface and has no option for the address, so every TCP server this process starts on a port listens on
// 127.0.0.1 instead. GatewayProcess checks the bound address after the start.
'use strict';
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
    const first = args[0];
    if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
        if (args.length < 2 || args[1] === undefined || args[1] === null)
            args[1] = '127.0.0.1';
        else if (typeof args[1] !== 'string')
            args.splice(1, 0, '127.0.0.1');
        else
            args[1] = '127.0.0.1';
    } else if (first && typeof first === 'object' && !(first instanceof net.Server) && first.path === undefined
               && first.fd === undefined && first.handle === undefined && first._handle === undefined) {
        args[0] = Object.assign({}, first, { host: '127.0.0.1' });
    }
    return listen.apply(this, args);
};
