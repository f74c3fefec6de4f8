// decodeWsFrame's fast path walks the JSON.parse result and the frame text in step. Whatever the text
// looks like (compact or not, duplicate keys, empty containers, literals, unicode), the result must be
// JSON.parse's with every money number replaced by its exact literal, and the same as the pretty-printed
// text gives (which always takes the exact path).
import { describe, expect, it } from "vitest";
import { decodeWsFrame } from "../../src/ws/protocol/decode-frame.js";

const frames: Array<[name: string, frame: string, expected: unknown]> = [
  [
    "literals, empty containers and nested arrays around money",
    '{"channel":"x","data":[{"a":true,"b":false,"c":null,"d":{},"e":[],"f":[[1,2.50],[]],"price":0.10,' +
      '"g":[{"qty":1.250}],"h":-3,"cost":-0.0}]}',
    {
      channel: "x",
      data: [
        {
          a: true,
          b: false,
          c: null,
          d: {},
          e: [],
          f: [[1, 2.5], []],
          price: "0.10",
          g: [{ qty: "1.250" }],
          h: -3,
          cost: "-0.0",
        },
      ],
    },
  ],
  [
    "unicode and astral characters in strings before money",
    '{"channel":"x","data":[{"reason":"é€😀 ok","symbol":"😀/USD","qty":7.70}]}',
    { channel: "x", data: [{ reason: "é€😀 ok", symbol: "😀/USD", qty: "7.70" }] },
  ],
  [
    "an exponent money literal and a plain counter",
    '{"channel":"x","data":[{"price":1.5E-7,"n":1e3}],"req_id":7}',
    { channel: "x", data: [{ price: "0.00000015", n: 1000 }], req_id: 7 },
  ],
  [
    "a __proto__ key is data, in text order",
    '{"channel":"x","data":[{"__proto__":{"qty":1.0},"qty":2.0}]}',
    JSON.parse('{"channel":"x","data":[{"__proto__":{"qty":"1.0"},"qty":"2.0"}]}'),
  ],
];

describe("decodeWsFrame fast path", () => {
  it.each(frames)("%s", (_name, frame, expected) => {
    expect(decodeWsFrame(frame)).toStrictEqual(expected);
    // pretty-printed text (whitespace everywhere) takes the exact path and must agree
    const pretty = frame.replace(/([,:{[])/g, "$1 \n\t");
    expect(decodeWsFrame(pretty)).toStrictEqual(expected);
  });

  it("with duplicate keys takes the value JSON.parse keeps (the last), not another occurrence's", () => {
    const v = decodeWsFrame('{"channel":"x","data":[{"qty":1.10,"qty":2.20}]}') as {
      data: Array<{ qty: unknown }>;
    };
    expect(v.data[0]?.qty).toBe("2.20");
    const w = decodeWsFrame('{"channel":"x","data":[{"qty":1.10,"n":1,"qty":2.20,"m":"z"}]}') as {
      data: Array<{ qty: unknown; n: unknown; m: unknown }>;
    };
    expect(w.data[0]).toStrictEqual({ qty: "2.20", n: 1, m: "z" });
    expect(decodeWsFrame('{"data":[{"qty":1.5,"qty":{"a":1}}]}')).toStrictEqual({
      data: [{ qty: { a: 1 } }],
    });
    expect(decodeWsFrame('{"data":[{"qty":{"a":1},"qty":1.50}]}')).toStrictEqual({ data: [{ qty: "1.50" }] });
  });

  it("handles whitespace wherever JSON allows it", () => {
    for (const frame of [
      ' {"channel":"x","data":[{"qty":0.10}]}',
      '{"channel":"x","data":[{"qty":0.10}]}\n',
      '{"channel":"x","data":[{"qty":0.10} ]}',
      '{"channel":"x","data":[ {"qty":0.10}]}',
      '{"channel":"x","data":[{"qty" :0.10}]}',
      '{"channel":"x","data":[{"qty": 0.10}]}',
      '{"channel":"x","data":[{"qty":0.10 }]}',
      '{"channel":"x","data":[{ "qty":0.10}]}',
      '{"channel":"x","data":[{"n": 1,"qty":0.10}]}',
      '{"channel":"x","data":[{"s": "ab","qty":0.10}]}',
      '{"channel":"x","data":[{"t": true,"qty":0.10}]}',
    ]) {
      expect(decodeWsFrame(frame), frame).toStrictEqual(JSON.parse(frame.replace("0.10", '"0.10"')));
    }
  });

  it("decodes top-level primitives like JSON.parse", () => {
    for (const t of ["1.50", '"a"', "true", "false", "null", "[]", "{}", "[1,{}]"]) {
      expect(decodeWsFrame(t)).toStrictEqual(JSON.parse(t));
    }
  });
});
