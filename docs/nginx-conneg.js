// njs (nginx's JavaScript module) for docs/nginx-linked-data.conf: content negotiation that honours q-values.
//
// For a request whose path is not a file, the variants are the files PATH.html, PATH.ttl, PATH.jsonld,
// PATH.rdf and PATH.nt that exist; the one the Accept header rates highest wins (the most specific
// media range that matches decides a type's q; ties go to the order below; no Accept header means
// "anything"). variant() gives the suffix to serve, "406" when no variant is acceptable, "" otherwise.
var fs = require('fs');

var OFFERS = [
    ['.html', 'text/html'], ['.ttl', 'text/turtle'], ['.jsonld', 'application/ld+json'],
    ['.rdf', 'application/rdf+xml'], ['.nt', 'application/n-triples']
];

function ranges(header) {
    var out = [];
    (header || '').split(',').forEach(function (part) {
        var bits = part.split(';');
        var media = bits[0].trim().toLowerCase();
        if (!media) {
            return;
        }
        var q = 1;
        for (var i = 1; i < bits.length; i++) {
            var kv = bits[i].trim().toLowerCase();
            if (kv.indexOf('q=') === 0) {
                q = parseFloat(kv.slice(2));
                q = isNaN(q) ? 0 : Math.min(1, Math.max(0, q));
            }
        }
        out.push([media, q]);
    });
    return out;
}

function quality(media, accepted) {
    var best = 0, q = 0;
    accepted.forEach(function (r) {
        var rank = 0;
        if (r[0] === media) {
            rank = 3;
        } else if (r[0] !== '*/*' && r[0].slice(-2) === '/*' && media.indexOf(r[0].slice(0, -1)) === 0) {
            rank = 2;
        } else if (r[0] === '*/*') {
            rank = 1;
        }
        if (rank > best || (rank === best && rank > 0 && r[1] > q)) {
            best = rank;
            q = r[1];
        }
    });
    return q;
}

function isFile(path) {
    try {
        return fs.statSync(path).isFile();
    } catch (e) {
        return false;
    }
}

function choose(r) {
    var path = r.variables.document_root + r.uri;
    if (r.uri.indexOf('..') !== -1 || isFile(path)) {
        return '';
    }
    var present = OFFERS.filter(function (o) { return isFile(path + o[0]); });
    if (!present.length) {
        return '';
    }
    var accepted = ranges(r.headersIn.Accept);
    if (!accepted.length) {
        return present[0][0];
    }
    var best = '406', bestQ = 0;
    present.forEach(function (o) {
        var q = quality(o[1], accepted);
        if (q > bestQ) {
            best = o[0];
            bestQ = q;
        }
    });
    return best;
}

function variant(r) {
    return choose(r);
}

// The file a negotiated answer is (Content-Location), or nothing when the path was served as asked.
function location(r) {
    var v = choose(r);
    return v && v !== '406' ? r.uri + v : '';
}

export default { variant: variant, location: location };
